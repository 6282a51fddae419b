"""initial schema

Revision ID: 0001
Revises: 
"""
import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('decisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_kind', sa.String(length=10), nullable=False),
    sa.Column('item_key', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('actor', sa.String(length=400), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decisions'))
    )
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decisions_item_key'), ['item_key'], unique=False)

    op.create_table('imap_folder_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account', sa.String(length=400), nullable=False),
    sa.Column('folder', sa.String(length=400), nullable=False),
    sa.Column('uidvalidity', sa.Integer(), nullable=False),
    sa.Column('last_uid', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_imap_folder_state')),
    sa.UniqueConstraint('account', 'folder', name=op.f('uq_imap_folder_state_account'))
    )
    op.create_table('outgoing_emails',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=True),
    sa.Column('item_key', sa.String(length=64), nullable=True),
    sa.Column('to_addrs', sa.Text(), nullable=False),
    sa.Column('cc_addrs', sa.Text(), nullable=False),
    sa.Column('subject', sa.String(length=998), nullable=False),
    sa.Column('eml', sa.LargeBinary(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.Column('next_attempt_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outgoing_emails')),
    sa.UniqueConstraint('key', name=op.f('uq_outgoing_emails_key'))
    )
    with op.batch_alter_table('outgoing_emails', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outgoing_emails_item_key'), ['item_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_outgoing_emails_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_outgoing_emails_status'), ['status'], unique=False)

    op.create_table('raw_emails',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('raw', sa.LargeBinary(), nullable=False),
    sa.Column('origin', sa.String(length=1000), nullable=False),
    sa.Column('source_message_id', sa.String(length=998), nullable=True),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('reason', sa.String(length=40), nullable=True),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('error_detail', sa.Text(), nullable=True),
    sa.Column('defects', sa.Text(), nullable=True),
    sa.Column('dkim_result', sa.String(length=20), nullable=True),
    sa.Column('dkim_domain', sa.String(length=255), nullable=True),
    sa.Column('dkim_checked_at', sa.DateTime(), nullable=True),
    sa.Column('reviewed_at', sa.DateTime(), nullable=True),
    sa.Column('reviewed_note', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_raw_emails')),
    sa.UniqueConstraint('sha256', name=op.f('uq_raw_emails_sha256'))
    )
    with op.batch_alter_table('raw_emails', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_raw_emails_source_message_id'), ['source_message_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_raw_emails_status'), ['status'], unique=False)

    op.create_table('threads',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('subject', sa.String(length=998), nullable=False),
    sa.Column('first_at', sa.DateTime(), nullable=True),
    sa.Column('last_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_threads'))
    )
    op.create_table('worker_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('job', sa.String(length=40), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.Column('ok', sa.Boolean(), nullable=True),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('error', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_worker_runs'))
    )
    with op.batch_alter_table('worker_runs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_worker_runs_job'), ['job'], unique=False)

    op.create_table('imap_messages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account', sa.String(length=400), nullable=False),
    sa.Column('folder', sa.String(length=400), nullable=False),
    sa.Column('uidvalidity', sa.Integer(), nullable=False),
    sa.Column('uid', sa.Integer(), nullable=False),
    sa.Column('raw_email_id', sa.Integer(), nullable=True),
    sa.Column('marked_processed', sa.Boolean(), nullable=False),
    sa.Column('committed_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['raw_email_id'], ['raw_emails.id'], name=op.f('fk_imap_messages_raw_email_id_raw_emails')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_imap_messages')),
    sa.UniqueConstraint('account', 'folder', 'uidvalidity', 'uid', name=op.f('uq_imap_messages_account'))
    )
    op.create_table('messages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('raw_email_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('arrival', sa.String(length=20), nullable=False),
    sa.Column('forward_format', sa.String(length=30), nullable=True),
    sa.Column('source_message_id', sa.String(length=998), nullable=True),
    sa.Column('message_id', sa.String(length=998), nullable=True),
    sa.Column('in_reply_to', sa.String(length=998), nullable=True),
    sa.Column('thread_id', sa.Integer(), nullable=True),
    sa.Column('from_name', sa.String(length=400), nullable=True),
    sa.Column('from_email', sa.String(length=400), nullable=True),
    sa.Column('to_json', sa.Text(), nullable=False),
    sa.Column('cc_json', sa.Text(), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.Column('utc_offset_minutes', sa.Integer(), nullable=True),
    sa.Column('date_inferred', sa.Boolean(), nullable=False),
    sa.Column('subject', sa.String(length=998), nullable=False),
    sa.Column('subject_normalized', sa.String(length=998), nullable=False),
    sa.Column('body_text', sa.Text(), nullable=False),
    sa.Column('new_text', sa.Text(), nullable=False),
    sa.Column('quoted_text', sa.Text(), nullable=False),
    sa.Column('signature_text', sa.Text(), nullable=False),
    sa.Column('forward_note', sa.Text(), nullable=True),
    sa.Column('forwarded_by', sa.String(length=400), nullable=True),
    sa.Column('attachment_names', sa.Text(), nullable=False),
    sa.Column('content_fingerprint', sa.String(length=64), nullable=False),
    sa.Column('is_auto_reply', sa.Boolean(), nullable=False),
    sa.Column('is_bulk', sa.Boolean(), nullable=False),
    sa.Column('tagged_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['raw_email_id'], ['raw_emails.id'], name=op.f('fk_messages_raw_email_id_raw_emails')),
    sa.ForeignKeyConstraint(['thread_id'], ['threads.id'], name=op.f('fk_messages_thread_id_threads')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_messages'))
    )
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_messages_content_fingerprint'), ['content_fingerprint'], unique=False)
        batch_op.create_index(batch_op.f('ix_messages_from_email'), ['from_email'], unique=False)
        batch_op.create_index(batch_op.f('ix_messages_message_id'), ['message_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_messages_raw_email_id'), ['raw_email_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_messages_sent_at'), ['sent_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_messages_source_message_id'), ['source_message_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_messages_subject_normalized'), ['subject_normalized'], unique=False)
        batch_op.create_index(batch_op.f('ix_messages_thread_id'), ['thread_id'], unique=False)

    op.create_table('arrivals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('raw_email_id', sa.Integer(), nullable=False),
    sa.Column('message_pk', sa.Integer(), nullable=False),
    sa.Column('arrival', sa.String(length=20), nullable=False),
    sa.Column('forward_note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['message_pk'], ['messages.id'], name=op.f('fk_arrivals_message_pk_messages'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['raw_email_id'], ['raw_emails.id'], name=op.f('fk_arrivals_raw_email_id_raw_emails')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_arrivals')),
    sa.UniqueConstraint('raw_email_id', 'message_pk', name=op.f('uq_arrivals_raw_email_id'))
    )
    with op.batch_alter_table('arrivals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_arrivals_message_pk'), ['message_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_arrivals_raw_email_id'), ['raw_email_id'], unique=False)

    op.create_table('attachments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('message_pk', sa.Integer(), nullable=False),
    sa.Column('filename', sa.String(length=1000), nullable=False),
    sa.Column('content_type', sa.String(length=255), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['message_pk'], ['messages.id'], name=op.f('fk_attachments_message_pk_messages'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachments'))
    )
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachments_message_pk'), ['message_pk'], unique=False)

    op.create_table('fulfillments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_kind', sa.String(length=10), nullable=False),
    sa.Column('item_key', sa.String(length=64), nullable=False),
    sa.Column('message_pk', sa.Integer(), nullable=False),
    sa.Column('sentence', sa.Text(), nullable=False),
    sa.Column('rule', sa.String(length=200), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['message_pk'], ['messages.id'], name=op.f('fk_fulfillments_message_pk_messages'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fulfillments'))
    )
    with op.batch_alter_table('fulfillments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fulfillments_item_key'), ['item_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_fulfillments_message_pk'), ['message_pk'], unique=False)

    op.create_table('message_references',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('message_pk', sa.Integer(), nullable=False),
    sa.Column('ref_message_id', sa.String(length=998), nullable=False),
    sa.ForeignKeyConstraint(['message_pk'], ['messages.id'], name=op.f('fk_message_references_message_pk_messages'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_message_references'))
    )
    with op.batch_alter_table('message_references', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_message_references_message_pk'), ['message_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_message_references_ref_message_id'), ['ref_message_id'], unique=False)

    op.create_table('missed_services',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('message_pk', sa.Integer(), nullable=False),
    sa.Column('topic', sa.String(length=60), nullable=False),
    sa.Column('day', sa.Date(), nullable=True),
    sa.Column('minutes', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('rule', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['message_pk'], ['messages.id'], name=op.f('fk_missed_services_message_pk_messages'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_missed_services'))
    )
    with op.batch_alter_table('missed_services', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_missed_services_message_pk'), ['message_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_missed_services_topic'), ['topic'], unique=False)

    op.create_table('promises',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('message_pk', sa.Integer(), nullable=False),
    sa.Column('by_email', sa.String(length=400), nullable=True),
    sa.Column('by_name', sa.String(length=400), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('rule', sa.String(length=200), nullable=False),
    sa.Column('action', sa.Text(), nullable=False),
    sa.Column('topics', sa.Text(), nullable=False),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('due_text', sa.String(length=200), nullable=True),
    sa.ForeignKeyConstraint(['message_pk'], ['messages.id'], name=op.f('fk_promises_message_pk_messages'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_promises')),
    sa.UniqueConstraint('key', name=op.f('uq_promises_key'))
    )
    with op.batch_alter_table('promises', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_promises_by_email'), ['by_email'], unique=False)
        batch_op.create_index(batch_op.f('ix_promises_message_pk'), ['message_pk'], unique=False)

    op.create_table('requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('message_pk', sa.Integer(), nullable=False),
    sa.Column('by_email', sa.String(length=400), nullable=True),
    sa.Column('by_name', sa.String(length=400), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('rule', sa.String(length=200), nullable=False),
    sa.Column('topics', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['message_pk'], ['messages.id'], name=op.f('fk_requests_message_pk_messages'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_requests')),
    sa.UniqueConstraint('key', name=op.f('uq_requests_key'))
    )
    with op.batch_alter_table('requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_requests_by_email'), ['by_email'], unique=False)
        batch_op.create_index(batch_op.f('ix_requests_message_pk'), ['message_pk'], unique=False)

    op.create_table('student_tags',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('message_pk', sa.Integer(), nullable=False),
    sa.Column('student', sa.String(length=200), nullable=False),
    sa.Column('evidence', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['message_pk'], ['messages.id'], name=op.f('fk_student_tags_message_pk_messages'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_student_tags'))
    )
    with op.batch_alter_table('student_tags', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_student_tags_message_pk'), ['message_pk'], unique=False)
        batch_op.create_index('ix_student_tags_student_message', ['student', 'message_pk'], unique=False)

    op.create_table('topic_tags',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('message_pk', sa.Integer(), nullable=False),
    sa.Column('topic', sa.String(length=60), nullable=False),
    sa.Column('sentence', sa.Text(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('rule', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['message_pk'], ['messages.id'], name=op.f('fk_topic_tags_message_pk_messages'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_topic_tags'))
    )
    with op.batch_alter_table('topic_tags', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_topic_tags_message_pk'), ['message_pk'], unique=False)
        batch_op.create_index('ix_topic_tags_topic_message', ['topic', 'message_pk'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('topic_tags', schema=None) as batch_op:
        batch_op.drop_index('ix_topic_tags_topic_message')
        batch_op.drop_index(batch_op.f('ix_topic_tags_message_pk'))

    op.drop_table('topic_tags')
    with op.batch_alter_table('student_tags', schema=None) as batch_op:
        batch_op.drop_index('ix_student_tags_student_message')
        batch_op.drop_index(batch_op.f('ix_student_tags_message_pk'))

    op.drop_table('student_tags')
    with op.batch_alter_table('requests', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_requests_message_pk'))
        batch_op.drop_index(batch_op.f('ix_requests_by_email'))

    op.drop_table('requests')
    with op.batch_alter_table('promises', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_promises_message_pk'))
        batch_op.drop_index(batch_op.f('ix_promises_by_email'))

    op.drop_table('promises')
    with op.batch_alter_table('missed_services', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_missed_services_topic'))
        batch_op.drop_index(batch_op.f('ix_missed_services_message_pk'))

    op.drop_table('missed_services')
    with op.batch_alter_table('message_references', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_message_references_ref_message_id'))
        batch_op.drop_index(batch_op.f('ix_message_references_message_pk'))

    op.drop_table('message_references')
    with op.batch_alter_table('fulfillments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fulfillments_message_pk'))
        batch_op.drop_index(batch_op.f('ix_fulfillments_item_key'))

    op.drop_table('fulfillments')
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachments_message_pk'))

    op.drop_table('attachments')
    with op.batch_alter_table('arrivals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_arrivals_raw_email_id'))
        batch_op.drop_index(batch_op.f('ix_arrivals_message_pk'))

    op.drop_table('arrivals')
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_messages_thread_id'))
        batch_op.drop_index(batch_op.f('ix_messages_subject_normalized'))
        batch_op.drop_index(batch_op.f('ix_messages_source_message_id'))
        batch_op.drop_index(batch_op.f('ix_messages_sent_at'))
        batch_op.drop_index(batch_op.f('ix_messages_raw_email_id'))
        batch_op.drop_index(batch_op.f('ix_messages_message_id'))
        batch_op.drop_index(batch_op.f('ix_messages_from_email'))
        batch_op.drop_index(batch_op.f('ix_messages_content_fingerprint'))

    op.drop_table('messages')
    op.drop_table('imap_messages')
    with op.batch_alter_table('worker_runs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_worker_runs_job'))

    op.drop_table('worker_runs')
    op.drop_table('threads')
    with op.batch_alter_table('raw_emails', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_raw_emails_status'))
        batch_op.drop_index(batch_op.f('ix_raw_emails_source_message_id'))

    op.drop_table('raw_emails')
    with op.batch_alter_table('outgoing_emails', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outgoing_emails_status'))
        batch_op.drop_index(batch_op.f('ix_outgoing_emails_kind'))
        batch_op.drop_index(batch_op.f('ix_outgoing_emails_item_key'))

    op.drop_table('outgoing_emails')
    op.drop_table('imap_folder_state')
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decisions_item_key'))

    op.drop_table('decisions')
