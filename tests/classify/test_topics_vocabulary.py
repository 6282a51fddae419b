"""The taxonomy's reach beyond one family's words, and the guards that keep it precise.

Sentences written for these tests, in the ways parents, teachers and therapists write; none is
taken from a labeled corpus.
"""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from ieptrail.classify import MessageText, Person, Tagger
from ieptrail.classify.nlp import dictionary_form
from ieptrail.classify.roles import named_beside_aide

CHICAGO = ZoneInfo("America/Chicago")
SENT = datetime(2026, 2, 10, 9, 0, tzinfo=CHICAGO)
TEACHER = Person("Ruth Okonkwo", "rokonkwo@lakeside.k12.mn.us")
PARENT = Person("Sam Lindgren", "sam.lindgren@example.com")


@pytest.fixture(scope="module")
def tagger():
    return Tagger(("Iris Lindgren", "Marcus Obi", "Ana Reyes-Vidal", "Tess Moreau", "Leo Moreau"))


def tag(tagger, text, subject="Iris", author=TEACHER, directory=(), signature="", **kw):
    recipients = (PARENT,) if author == TEACHER else (TEACHER,)
    message = MessageText(new_text=text, subject=subject, sent=SENT, author=author, recipients=recipients,
                          signature=signature, is_reply=subject.lower().startswith(("re:", "fw")), **kw)
    return tagger.tag(message, directory)


def topics(tagger, text, **kw):
    return tag(tagger, text, **kw).topic_ids


# ---- words the first family never used -------------------------------------------------------

@pytest.mark.parametrize("text, topic", [
    ("His talker was dead when he got home.", "assistive_technology"),
    ("She uses Proloquo2Go on the iPad.", "assistive_technology"),
    ("He dictates his essays with Google voice typing.", "assistive_technology"),
    ("She listens to the novel as an audiobook.", "assistive_technology"),
    ("He gets 50% extended time on unit tests.", "extended_time"),
    ("She can have 1.5x time on the final.", "extended_time"),
    ("He'll test in Room B114 with the proctor.", "separate_setting"),
    ("If the class moves on he can finish the quiz in my room.", "separate_setting"),
    ("She retook it in the testing center.", "separate_setting"),
    ("He started Lindamood-Bell with the specialist.", "reading_intervention"),
    ("The BASC-3 rating scales are due Friday.", "evaluation"),
    ("We collected ABC data all week.", "behavior_support"),
    ("He dropped to the floor during math.", "behavior_support"),
    ("She is in the co-taught class for English.", "specialized_instruction"),
    ("The completed notes are on Canvas.", "class_notes"),
    ("I gave him a four-box organizer.", "graphic_organizers"),
    ("She can do 4 pages instead of 8.", "reduced_assignments"),
    ("Can we schedule a meeting to discuss his services?", "iep_meeting"),
    ("His 1:1 was covering lunch duty.", "paraprofessional"),
    ("She needs her headphones for assemblies.", "sensory_tools"),
    ("¿Está usando sus audífonos en la clase?", "sensory_tools"),  # Spanish, as a bilingual family writes
])
def test_vocabulary_from_public_lists(tagger, text, topic):
    assert topic in topics(tagger, text)


@pytest.mark.parametrize("text, topic", [
    ("We had her reading aloud the questions to him.", "read_aloud"),   # "read aloud", any inflection
    ("He has been taking breaks in the hall.", "breaks"),               # "take breaks"
    ("They were requesting a meeting with the team.", "iep_meeting"),   # "request a meeting"
])
def test_several_word_phrases_match_whatever_their_inflection(tagger, text, topic):
    assert topic in topics(tagger, text)


def test_dictionary_forms():
    assert dictionary_form("breaks") == "break"
    assert dictionary_form("took") == "take"
    assert dictionary_form("meetings") == dictionary_form("meeting")
    assert dictionary_form("Chromebooks") == "chromebook"  # a plural the table lacks
    assert dictionary_form("shorter") == "shorter"         # comparatives stay


# ---- traps --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, topic", [
    ("Enjoy the break, everyone!", "breaks"),                                      # one word keeps its form
    ("The short version is that he did well.", "reduced_assignments"),             # not "shorter version"
    ("Friday is a shortened school day.", "reduced_assignments"),
    ("He's such a talker in class!", "assistive_technology"),
    ("Copies of the file are ready for pickup at the office.", "transportation"),
    ("Her mom asked me about it at pickup.", "transportation"),
    ("He liked the 1:1 slot better than the group.", "paraprofessional"),
    ("She had a backlog of 504 meetings this month.", "iep_meeting"),
    ("As we discussed at the meeting, the plan is in place.", "iep_meeting"),
    ("Esta semana voy a dar un organizador para planear la composición.", "paraprofessional"),
    ("The Pre-ETS program includes job exploration counseling.", "counseling"),
])
def test_traps(tagger, text, topic):
    assert topic not in topics(tagger, text)


def test_a_bare_aide_said_about_the_bus_is_the_bus_aide(tagger):
    found = topics(tagger, "The aide was not on it again this morning.", subject="No aide on Route 9")
    assert "paraprofessional" not in found
    classroom = topics(tagger, "The bus was late, and his aide was pulled to cover another class.")
    assert {"transportation", "paraprofessional"} <= set(classroom)


def test_push_in_from_a_therapist_is_how_the_therapy_is_given(tagger):
    ot = topics(tagger, "I push in during writing; his sessions stay 30 minutes.",
                signature="Dana Wells, OTR/L\nOccupational Therapist")
    assert "specialized_instruction" not in ot and "occupational_therapy" in ot
    teacher = topics(tagger, "I push in during writing on Wednesdays.",
                     signature="Gail Lee\nSpecial Education Teacher")
    assert "specialized_instruction" in teacher


# ---- a reply carries its subject only with a cue ------------------------------------------

def test_a_reply_carries_its_subjects_service_when_the_body_continues_it(tagger):
    assert "speech_language_therapy" in topics(tagger, "I want both of them made up.", subject="Re: missed speech")
    assert "speech_language_therapy" not in topics(tagger, "Thank you! Received.", subject="Re: missed speech")
    assert "evaluation" in topics(tagger, "ok will sign it tonight", subject="Re: FBA consent")
    assert "speech_language_therapy" not in topics(tagger, "His pull-ups bag is empty.", subject="Re: speech")


# ---- a provider named beside a cue of their service ---------------------------------------

def test_a_provider_named_with_a_cue_of_their_service(tagger):
    haddad = (Person("Nadia Haddad", "nhaddad@lakeside.k12.mn.us", ("counseling",)),)
    assert "counseling" in topics(tagger, "Has her Friday group with Ms. Haddad been cancelled?", directory=haddad)
    assert "counseling" not in topics(tagger, "Ms. Haddad will be at the meeting too.", directory=haddad)


def test_a_provider_named_then_spoken_of_with_a_cue_in_the_next_sentence(tagger):
    haddad = (Person("Nadia Haddad", "nhaddad@lakeside.k12.mn.us", ("counseling",)),)
    assert "counseling" in topics(tagger, "Can Ms. Haddad join us? Her group is what we want to talk about.", directory=haddad)
    # the next sentence must go on about her
    assert "counseling" not in topics(tagger, "Can Ms. Haddad join us? The group photo is attached.", directory=haddad)


def test_the_aide_writing_is_about_the_aide_only_when_they_say_so(tagger):
    aide = Person("Jo Park", "jpark@lakeside.k12.mn.us", ("paraprofessional",))
    assert "paraprofessional" in topics(tagger, "They pulled me to cover a class, so I wasn't with him.",
                                        author=aide, directory=(aide,))
    assert "paraprofessional" not in topics(tagger, "He had a really good day today!", author=aide, directory=(aide,))


def test_who_the_aide_is_is_learned_from_how_people_write_it():
    assert named_beside_aide("Ms. Denise was pulled AGAIN? He is supposed to have his 1:1 all day.") == ["denise"]
    assert named_beside_aide("Ms. Gloria Tate is now his backup para.") == ["tate"]
    assert named_beside_aide("Mr. Ruiz was pulled because two paras were out.") == ["ruiz"]
    assert named_beside_aide("He went to science in Ms. Brandt's room without his para.") == []
    assert named_beside_aide("Route 14 has a bus aide, Ms. Harris.") == []



def test_spanish_para_is_the_preposition_not_the_aide():
    assert named_beside_aide("Hablé con la Sra. Quintero para pedir una reunión.") == []
    assert named_beside_aide("Le mandé a Ms. Quintero la hoja para el archivo.") == []
    assert named_beside_aide("Ms. Quintero is his para this semester.") == ["quintero"]
    assert "paraprofessional" not in topics(tagger := Tagger(("Iris Lindgren",)),
                                            "Gracias, lo guardo para el archivo.", author=PARENT)
    assert "paraprofessional" not in topics(tagger, "La maestra me pidió firmar la forma para mañana.", author=PARENT)
    assert "paraprofessional" in topics(tagger, "His para was out all week, so nobody helped him in math.", author=PARENT)


# ---- students -----------------------------------------------------------------------------

def test_a_nickname_the_mail_teaches(tagger):
    batch = [MessageText(new_text="Mo Obi had a great morning in centers.", subject="today", sent=SENT),
             MessageText(new_text="Mo moved his own card on the schedule.", subject="schedule", sent=SENT)]
    found = [[s.student for s in tags.students] for tags in tagger.tag_many(batch)]
    assert found == [["Marcus Obi"], ["Marcus Obi"]]


def test_the_family_a_message_is_written_by_or_to(tagger):
    parent = Person("Chioma Obi", "chioma.obi@example.com")
    by_parent = tag(tagger, "will sign tonight n send it tmrw", subject="Re: consent", author=parent)
    assert [s.student for s in by_parent.students] == ["Marcus Obi"]
    greeted = tag(tagger, "Dear Ms. Obi, the schedule is attached.", subject="schedule")
    assert [s.student for s in greeted.students] == ["Marcus Obi"]
    grandmother = tag(tagger, "Thank you for the letter.", subject="Re: PT", author=Person("Elena Reyes", "er@example.com"))
    assert [s.student for s in grandmother.students] == ["Ana Reyes-Vidal"]
    siblings = tag(tagger, "Thanks, we got it.", subject="Re: forms", author=Person("Pat Moreau", "pm@example.com"))
    assert siblings.students == ()  # two students share the surname: it says nothing


# ---- search ---------------------------------------------------------------------------------

def test_a_query_without_a_phrase_finds_the_topic_its_label_names(tagger):
    assert tagger.topics_for_query("sensory") == ("sensory_tools",)
    assert tagger.topics_for_query("check-in") == ("check_in",)
    assert tagger.topics_for_query("talker") == ("assistive_technology",)
    assert tagger.topics_for_query("zzz") == ()


@pytest.mark.parametrize("query, topic", [
    ("handwriting", "occupational_therapy"), ("dyslexia", "reading_intervention"), ("inclusion", "specialized_instruction"),
    ("special ed", "specialized_instruction"), ("1:1", "paraprofessional"), ("1-on-1", "paraprofessional"),
    ("missed sessions", "compensatory_services"), ("summer school", "extended_school_year"), ("van", "transportation"),
    ("his laptop", "assistive_technology"), ("more time", "extended_time"), ("social skills", "counseling"),
])
def test_a_query_names_a_topic_by_its_search_words(tagger, query, topic):
    assert tagger.topics_for_query(query) == (topic,)


def test_a_search_word_names_its_topic_alone():
    """A word two topics share as search words would name both: each names exactly one."""
    from ieptrail.classify.query_words import topics_for_query
    from ieptrail.classify.taxonomy import taxonomy
    for topic, spec in taxonomy().items():
        for entry in spec.get("search", []):
            assert topics_for_query(entry) == (topic,), entry


def test_search_words_do_not_tag_a_message(tagger):
    assert "occupational_therapy" not in topics(tagger, "Her handwriting has gotten so neat this year.")
    assert "reading_intervention" not in topics(tagger, "We read a book about dyslexia together.")


# ---- words other families use: assessment-manual supports, device and program names, service models ----

@pytest.mark.parametrize("text, topic", [
    ("She gets a deadline extension on long projects.", "extended_time"),
    ("He may take the test over multiple testing sessions.", "extended_time"),
    ("Please keep him close to the point of instruction.", "preferential_seating"),
    ("She can use the calming corner when she is upset.", "breaks"),
    ("He asked for a stretch break twice.", "breaks"),
    ("The directions were read aloud to the group.", "read_aloud"),
    ("He'll use ClaroRead for the essay.", "assistive_technology"),
    ("Her new speech generating devices arrived.", "assistive_technology"),
    ("He can type his answers on the Chromebook.", "assistive_technology"),
    ("She only has to do the must-do problems.", "reduced_assignments"),
    ("He should get fewer answer choices on quizzes.", "reduced_assignments"),
    ("The unit test can be taken in a separate testing location.", "separate_setting"),
    ("She took it in a quieter room down the hall.", "separate_setting"),
    ("Can he take a picture of the board instead of copying?", "class_notes"),
    ("Please send the partial notes for chapter six.", "class_notes"),
    ("Use the hamburger organizer for the paragraph.", "graphic_organizers"),
    ("We used a Frayer model for vocabulary.", "graphic_organizers"),
    ("He follows his task strip at the sink.", "visual_schedule"),
    ("She uses a Time Timer during work time.", "visual_schedule"),
    ("He may use a graphing calculator on the unit test.", "calculator"),
    ("She has a Hokki stool and earplugs in class.", "sensory_tools"),
    ("He does heavy work before math.", "sensory_tools"),
    ("A human scribe will record her answers.", "scribe"),
    ("Please send enlarged copies of the reading packet.", "large_print"),
    ("His daily report card comes home each Friday.", "check_in"),
    ("She sees the speech pathologist on Mondays.", "speech_language_therapy"),
    ("He works on bilateral coordination and scissor skills.", "occupational_therapy"),
    ("The stander and the gait trainer are in the PT room.", "physical_therapy"),
    ("She meets the adjustment counselor every week.", "counseling"),
    ("He is in a co-taught classroom with push-in support.", "specialized_instruction"),
    ("Her pullout math is third period.", "specialized_instruction"),
    ("He started the 95% Group lessons.", "reading_intervention"),
    ("She has Wilson lessons four days a week.", "reading_intervention"),
    ("His special ed aide sits with him at lunch.", "paraprofessional"),
    ("The wheelchair van was late again.", "transportation"),
    ("We need data on regression and recoupment.", "extended_school_year"),
    ("We need to amend the IEP after the evaluation.", "iep_meeting"),
    ("The KTEA-3 and the WPPSI were given.", "evaluation"),
    ("Please sign the permission to evaluate.", "evaluation"),
    ("Here is his progress towards his goals.", "progress_report"),
    ("She is owed six sessions, so there is a catch-up session on Friday.", "compensatory_services"),
    ("She is in general education 80% of the day.", "specialized_instruction"),
    ("He spends an hour a day outside of general education.", "specialized_instruction"),
    ("He gets pulled out for math twice a week.", "specialized_instruction"),
    ("He goes to resource for reading.", "specialized_instruction"),
    ("He needs a reader for the science test.", "read_aloud"),
    ("She can hand in projects late without penalty.", "extended_time"),
    ("He'll get an extra 20 minutes on the benchmark.", "extended_time"),
    ("He only has to write one paragraph instead of three.", "reduced_assignments"),
    ("Let's meet to review his IEP.", "iep_meeting"),
    ("We need to re-evaluate her this spring.", "evaluation"),
])
def test_public_vocabulary_of_other_writers(tagger, text, topic):
    assert topic in topics(tagger, text)


@pytest.mark.parametrize("text, topic", [
    ("She scored 24 points in the game on Friday.", "large_print"),
    ("Our counselor is kicking off the kindness week.", "behavior_support"),
    ("I'll check in with him after lunch.", "check_in"),
    ("We had to double up routes this week.", "compensatory_services"),
    ("He finished the quiz in Study Skills.", "specialized_instruction"),
    ("He was on task 80% of the time in general education.", "specialized_instruction"),
    ("She got an extra 30 minutes to play outside.", "extended_time"),
    ("I could see him for an extra 30 minutes during study hall.", "extended_time"),
])
def test_other_writers_traps(tagger, text, topic):
    assert topic not in topics(tagger, text)


# ---- low vision, hearing, dyslexia: vocabulary from state accommodation manuals and TVI glossaries ----

@pytest.mark.parametrize("text, topic", [
    ("The CCTV in the library has a bigger screen than her handheld magnifier.", "assistive_technology"),
    ("He uses a monocular to see the board from his desk.", "assistive_technology"),
    ("She is learning JAWS keyboard commands this quarter.", "assistive_technology"),
    ("Please wear the remote microphone during the lecture.", "assistive_technology"),
    ("The braille display needs a firmware update.", "assistive_technology"),
    ("Worksheets should be printed at 20 pt.", "large_print"),
    ("Can the office enlarge the map onto 11x17 paper?", "large_print"),
    ("His math quiz was read to me by the aide, he says.", "read_aloud"),
    ("She takes state tests with a reader in the library.", "read_aloud"),
    ("I read the spelling test to Maya after lunch.", "read_aloud"),
    ("His TVI comes Tuesdays and Thursdays.", "specialized_instruction"),
    ("Orientation and mobility lessons start next week.", "specialized_instruction"),
    ("She has O&M on Fridays.", "specialized_instruction"),
    ("The functional vision assessment is due before the review.", "evaluation"),
    ("We will do a transition assessment this spring.", "evaluation"),
    ("The comp sessions will run through May.", "compensatory_services"),
    ("Can she do the odds only on homework?", "reduced_assignments"),
    ("Please give him less homework in math.", "reduced_assignments"),
    ("He should get the slides ahead of time.", "class_notes"),
    ("The slides will be posted in Google Classroom the night before.", "class_notes"),
    ("He can finish the essay with as much time as he needs.", "extended_time"),
    ("She'll sit at the front table, away from glare.", "preferential_seating"),
    ("Our IA was pulled to cover the office today.", "paraprofessional"),
    ("She has intensive reading fourth period.", "reading_intervention"),
])
def test_vision_hearing_and_dyslexia_vocabulary(tagger, text, topic):
    assert topic in topics(tagger, text)


@pytest.mark.parametrize("text, topic", [
    ("She scored 24 points in the game on Friday.", "large_print"),
    ("The graphing calculator with speech output arrived.", "speech_language_therapy"),
    ("Please return the form to the counseling center.", "counseling"),
    ("They practiced riding the city bus downtown.", "transportation"),
    ("He reads at home every night with his dad.", "read_aloud"),
    ("She is a strong reader.", "read_aloud"),
    ("At the 11/10 meeting you said the plan would be out.", "iep_meeting"),  # a meeting recalled
    ("He listened to the audiobook over the weekend.", "read_aloud"),          # listening is AT, not a reader
    ("I'll put every test for him in the shared folder.", "evaluation"),      # a class test, not testing for
])
def test_vision_hearing_and_dyslexia_traps(tagger, text, topic):
    assert topic not in topics(tagger, text)


def test_a_special_education_room_named_as_a_test_setting_is_not_instruction(tagger):
    found = topics(tagger, "I'll read the quiz to him in the resource room tomorrow.")
    assert "specialized_instruction" not in found and "read_aloud" in found
    assert "specialized_instruction" in topics(tagger, "He gets math in the resource room every morning.")


def test_a_reply_about_a_device_carries_its_subject(tagger):
    assert "assistive_technology" in topics(tagger, "The loaner is paired and charged.", subject="Re: remote microphone")
    assert "assistive_technology" not in topics(tagger, "Thanks, got it.", subject="Re: remote microphone")


def test_a_name_said_to_be_the_childs_para_is_learned():
    from ieptrail.classify.roles import learn_roles
    assert learn_roles("Deb is Kaylee Draheim's para at lunch.") == {"deb": {"paraprofessional"}}
    assert learn_roles("Mr. Ruiz is his 1:1 now.") == {"ruiz": {"paraprofessional"}}
    assert learn_roles("She is her aide this year.") == {}
    assert learn_roles("Monday is her OT day.") == {}
    assert learn_roles("Friday is our OT.") == {}


def test_what_was_said_at_a_past_meeting_does_not_make_the_message_about_the_meeting(tagger):
    assert "iep_meeting" not in topics(tagger, "At the IEP meeting you said the notes would be posted.")
    assert "iep_meeting" not in topics(tagger, "Mr. Lee said at the IEP meeting he would start in April.")
    assert "iep_meeting" in topics(tagger, "Can we move the IEP meeting to Thursday at 3?")


def test_math_intervention_programs_are_specialized_instruction(tagger):
    assert "specialized_instruction" in topics(tagger, "He starts Bridges Intervention module 2 with me on Monday.")
    assert "specialized_instruction" in topics(tagger, "Her math intervention group meets daily.")


# ---- hearing and vision supports (state accommodation manuals, DHH / TVI service guides) -------

@pytest.mark.parametrize("text, topic", [
    ("His cochlear implant processor needs a new battery.", "assistive_technology"),
    ("Please make sure Mr. Ortiz wears the microphone during the lab.", "assistive_technology"),
    ("Her right receiver keeps dropping out in band.", "assistive_technology"),
    ("The film was shown without closed captions.", "assistive_technology"),
    ("Can the class videos have subtitles on?", "assistive_technology"),
    ("The audiologist will do a listening check on Monday.", "assistive_technology"),
    ("We'd like a CART provider for his lecture classes.", "class_notes"),
    ("Could he get the homework directions in writing?", "class_notes"),
    ("Who is taking notes for him while Ms. Ruiz is away?", "class_notes"),
    ("She needs a paper copy of whatever is on the board.", "class_notes"),
    ("The sign language interpreter was late to the field trip.", "paraprofessional"),
    ("His intervener stays with him through lunch.", "paraprofessional"),
    ("We worked on braille readiness with the swing cell.", "specialized_instruction"),
    ("The DHH consult is once a month.", "specialized_instruction"),
    ("His auditory training sessions moved to Thursdays.", "speech_language_therapy"),
    ("I printed the chapter book in 18 point for her.", "large_print"),
    ("He was seated in the back row again this week.", "preferential_seating"),
    ("He gets extended time in the resource room for unit tests.", "separate_setting"),
])
def test_hearing_and_vision_vocabulary(tagger, text, topic):
    assert topic in topics(tagger, text)


@pytest.mark.parametrize("text, topic", [
    ("Does the mic pick up my voice from the back of the lab?", "transportation"),
    ("We start active transport and osmosis on Monday.", "transportation"),
    ("I copy things early so there is a cushion if somebody is out.", "sensory_tools"),
    ("His class was at the PBIS pep rally during the lesson.", "behavior_support"),
    ("We used the extra time on spelling practice.", "extended_time"),
    ("I had to proctor the make-up state test session this morning.", "compensatory_services"),
    ("The district interpreter will translate the draft into Spanish before the meeting.", "paraprofessional"),
    ("We got a letter from Dana Ruiz, TVI, about the new schedule.", "specialized_instruction"),
    ("As promised at Tuesday's meeting, here is the list of supports.", "iep_meeting"),
])
def test_hearing_and_vision_traps(tagger, text, topic):
    assert topic not in topics(tagger, text)


def test_a_testing_coordinators_room_title_is_not_a_service(tagger):
    found = topics(tagger, "It took her 40 minutes.", signature="Jo Park\nLearning Center / Testing Coordinator")
    assert "specialized_instruction" not in found


def test_a_parenthesis_describing_the_aide_is_part_of_the_sentence(tagger):
    assert "paraprofessional" in topics(tagger, "Mr. Tom Reyes (one of our paras) will sit with him in science.")


@pytest.mark.parametrize("query, topic", [("interpreter", "paraprofessional"), ("captions", "assistive_technology"),
                                          ("notetaker", "class_notes"), ("braille", "specialized_instruction")])
def test_hearing_and_vision_queries(tagger, query, topic):
    assert topic in tagger.topics_for_query(query)


@pytest.mark.parametrize("text, topic", [
    ("The vocational assessment results will be ready next week.", "evaluation"),
    ("I split the research paper into smaller checkpoints for him.", "reduced_assignments"),
    ("She can answer two prompts instead of four.", "reduced_assignments"),
])
def test_transition_and_chunking_vocabulary(tagger, text, topic):
    assert topic in topics(tagger, text)


def test_other_counselors_and_groups(tagger):
    assert "counseling" not in topics(tagger, "The state's intake counselor for job services changed this month.")
    by_slp = topics(tagger, "I'll add him to my Friday lunch bunch for the next two weeks.",
                    signature="Kim Ferro, M.S., CCC-SLP\nSpeech-Language Pathologist")
    assert "counseling" not in by_slp


def test_a_reply_about_make_up_sessions_stays_on_them(tagger):
    assert "compensatory_services" in topics(tagger, "Will the Tuesday sessions be before school?",
                                             subject="Re: make-up sessions for reading")


def test_replies_that_carry_the_meeting_or_the_bus(tagger):
    assert "iep_meeting" in topics(tagger, "Please add my concern to the Prior Written Notice.",
                                   subject="Re: IEP meeting notes")
    assert "iep_meeting" not in topics(tagger, "Thank you for the summary!", subject="Re: IEP meeting notes")
    assert "transportation" in topics(tagger, "The driver waited for him at the corner today.",
                                      subject="Re: new bus stop")


def test_titles_devices_and_idioms(tagger):
    assert "assistive_technology" in topics(tagger, "The Merlin was moved next door for the lab.")
    assert "preferential_seating" not in topics(tagger, "He won't ask for help in front of the class.")
    invitation = topics(tagger, "Invited: Jo Park, Teacher of the Visually Impaired (county office)")
    assert "specialized_instruction" not in invitation
    counselor = topics(tagger, "She will test in the small-group room with the others.",
                       signature="Ana Ruiz\nSchool Counselor")
    assert "counseling" not in counselor


@pytest.mark.parametrize("text, topic", [
    ("¿Por qué no ha tenido consejería esta semana?", "counseling"),
    ("La terapia del habla fue cancelada el martes.", "speech_language_therapy"),
    ("He didn't get the notes on Monday or Tuesday.", "class_notes"),
])
def test_spanish_and_notes_forms(tagger, text, topic):
    assert topic in topics(tagger, text)


def test_other_students_meetings(tagger):
    assert "iep_meeting" not in topics(tagger, "I was out because of an IEP meeting that ran over.")
    assert "iep_meeting" not in topics(tagger, "With three annual IEPs this week I fell behind.")
    assert "iep_meeting" in topics(tagger, "Can we hold an IEP meeting before break?")


def test_extended_time_in_a_room_beside_the_instruction(tagger):
    found = topics(tagger, "His plan lists the DHH consult, co-teaching, and extended time in the resource room.")
    assert {"separate_setting", "specialized_instruction", "extended_time"} <= set(found)


# ---- service models, programs and products from public vocabularies ------------------------------
# (state continuum-of-services pages: NY special-class ratios, consultant teacher, SEIT; PA support types;
# CA resource specialist; PBIS check-in/check-out and its Daily Progress Report; IDEA transportation;
# Smarter Balanced non-embedded supports; AT, AAC, braille and classroom-audio product names)

@pytest.mark.parametrize("text, topic", [
    ("The team recommended a 12:1:1 class for math and science.", "specialized_instruction"),
    ("He moves to an 8:1:1 special class in the fall.", "specialized_instruction"),
    ("She gets consultant teacher services in her English class.", "specialized_instruction"),
    ("He moved to the emotional support classroom after winter break.", "specialized_instruction"),
    ("The life skills support teacher sent home the weekly plan.", "specialized_instruction"),
    ("Her ECSE teacher visits the preschool on Tuesdays.", "specialized_instruction"),
    ("The SEIT will come to his preschool three mornings a week.", "specialized_instruction"),
    ("Community-based instruction is on Friday at the grocery store.", "specialized_instruction"),
    ("He uses a C-Pen for the longer science passages.", "assistive_technology"),
    ("She scans worksheets with Microsoft Lens at home.", "assistive_technology"),
    ("The Redcat speaker in his room stopped working.", "assistive_technology"),
    ("We are modeling on her device with aided language input.", "assistive_technology"),
    ("His DPR came home without any points today.", "check_in"),
    ("She carries a daily progress report to each class.", "check_in"),
    ("We wrote a social story about the fire drill.", "behavior_support"),
    ("The behavior technician takes frequency data during centers.", "behavior_support"),
    ("She lost Dojo points for leaving her seat.", "behavior_support"),
    ("He goes to Second Step group on Thursdays.", "counseling"),
    ("She has a personal care assistant for toileting.", "paraprofessional"),
    ("The job coach goes with him to the library shift.", "specialized_instruction"),
    ("The bus attendant helps him with the five-point harness.", "transportation"),
    ("Can the district give us mileage reimbursement for driving her?", "transportation"),
    ("He starts travel training on the city route in April.", "transportation"),
    ("Her E.S.Y. schedule came today.", "extended_school_year"),
    ("He can take the state test over multiple days.", "extended_time"),
    ("She gets 200% time on the state test.", "extended_time"),
    ("She uses noise buffers during the state test.", "sensory_tools"),
    ("He can use an abacus on the math section.", "calculator"),
    ("She gets a 100s chart during math tests.", "calculator"),
    ("Please seat him near the speaker with his better ear toward the teacher.", "preferential_seating"),
    ("He only has to complete 50% of the problems.", "reduced_assignments"),
    ("Her homework is reduced by half this unit.", "reduced_assignments"),
    ("She uses a privacy board during tests.", "separate_setting"),
    ("I made him a choice board for centers.", "visual_schedule"),
    ("He wears his SMOs in his sneakers now.", "physical_therapy"),
    ("She is working on scissor skills in OT.", "occupational_therapy"),
    ("He is in the Phonics Boost group this term.", "reading_intervention"),
    ("She reads decodable books with the specialist.", "reading_intervention"),
    ("The CPSE meeting is set for March 3.", "iep_meeting"),
    ("Could we ask for a facilitated IEP this spring?", "iep_meeting"),
])
def test_public_vocabulary_of_services_and_products(tagger, text, topic):
    assert topic in topics(tagger, text)


@pytest.mark.parametrize("text, topic", [
    ("The meeting starts at 12:15 and ends at 1:10.", "specialized_instruction"),
    ("She is a reading intervention specialist at the middle school.", "specialized_instruction"),
    ("She missed 3 of the 10 questions on the test.", "reduced_assignments"),
    ("He got 50% of the questions right.", "reduced_assignments"),
    ("She is teaching a mini lesson on the arctic fox.", "speech_language_therapy"),
    ("He missed several sessions because of the flu.", "extended_time"),
    ("She chose a spot near the speaker at the assembly.", "preferential_seating"),
    ("The Kami Smith award ceremony was lovely.", "assistive_technology"),
    # a plan covering any absent staff (an OT on leave, a vision teacher) is not the aide's
    ("The district sent the coverage plan for the weeks the OT is on leave.", "paraprofessional"),
])
def test_public_vocabulary_traps(tagger, text, topic):
    assert topic not in topics(tagger, text)


def test_a_daily_progress_report_is_check_in_not_the_iep_progress_report(tagger):
    found = topics(tagger, "His daily progress report had all 2s on Monday.")
    assert "check_in" in found and "progress_report" not in found


@pytest.mark.parametrize("text, topic", [
    ("He gets pref seating in every class.", "preferential_seating"),
    ("She goes to the skills lab after lunch for math.", "specialized_instruction"),
    ("She needs 2:1 staffing at recess.", "paraprofessional"),
    ("He checks in with Ms. Patel each morning.", "check_in"),
])
def test_short_forms_ratios_and_room_names(tagger, text, topic):
    assert topic in topics(tagger, text)


def test_short_forms_ratios_and_room_names_traps(tagger):
    assert "check_in" not in topics(tagger, "I will check in with you each day this week about the project.")
    assert "paraprofessional" not in topics(tagger, "The score was 3:1 at halftime.")
    in_the_lab = topics(tagger, "She took her math test in the learning lab.")
    assert "separate_setting" in in_the_lab and "specialized_instruction" not in in_the_lab


# ---- a course name, a 1:1 named as a person, check-ins, route words, meeting interpreters --


@pytest.mark.parametrize("text, topic", [
    ("She uses text-to-speech on the math test.", "read_aloud"),
    ("He has Learning Strategies third period with Mr. Diaz.", "specialized_instruction"),
    ("Mr. Diaz is Leo's 1:1 for the whole field day.", "paraprofessional"),
    ("I had Iris's first check-in with her today during advisory.", "check_in"),
    ("Iris's check-in got skipped on Tuesday.", "check_in"),
    ("Her AM route changes next week.", "transportation"),
])
def test_common_service_and_accommodation_words(tagger, text, topic):
    assert topic in topics(tagger, text)


@pytest.mark.parametrize("text, topic, subject", [
    ("We talked about learning strategies for the unit test.", "specialized_instruction", "Iris"),
    ("Your request is being routed to the right office.", "transportation", "Iris"),
    ("I can sign the form at drop-off on Friday.", "transportation", "Iris"),  # a time of day, as "at pickup" is
    ("Interpreter confirmed for Thursday at 3:30.", "paraprofessional", "Re: Interpreter request - Iris annual ARD"),
])
def test_common_service_and_accommodation_words_traps(tagger, text, topic, subject):
    assert topic not in topics(tagger, text, subject=subject)


def test_an_educational_interpreter_in_class_is_still_the_childs_support(tagger):
    assert "paraprofessional" in topics(tagger, "Her educational interpreter was absent from science again.",
                                        subject="No interpreter in science")


def test_a_field_trips_bus_is_the_outing_not_the_transportation_service(tagger):
    assert "transportation" not in topics(tagger, "The buses leave at 8:15 and we should be back by 2:30.",
                                          subject="Field trip Friday")
    assert "transportation" not in topics(tagger, "Mr. Diaz will ride with Leo on the bus for the field trip.")
    # nor is an aide asked for the trip the bus aide because its buses are named
    assert "paraprofessional" in topics(tagger, "Tell me who needs an aide so I can make the bus lists.",
                                        subject="Field trip Friday")
    # a firmer transportation word beside it, or the ride itself, is still the service
    assert "transportation" in topics(tagger, "The lift bus is confirmed for her chair.", subject="Field trip Friday")
    assert "transportation" in topics(tagger, "His bus trip home took over an hour again.")


def test_a_practice_test_for_a_benchmark_is_not_an_evaluation(tagger):
    assert "evaluation" not in topics(tagger, "They took a practice test for the state exam on Monday.")
    assert "evaluation" in topics(tagger, "We would like her testing for dyslexia to start soon.")


def test_a_prior_written_notice_is_the_iep_teams_record_unless_it_comes_with_an_evaluation(tagger):
    assert "iep_meeting" in topics(tagger, "We still have not received the PWN, and he was not given extra time on the quiz.")
    found = topics(tagger, "Attached are the consent for evaluation and the Prior Written Notice for his extra time.")
    assert "evaluation" in found and "iep_meeting" not in found


def test_small_group_listed_among_test_accommodations_is_the_testing_setting(tagger):
    found = topics(tagger, "Accommodations for the benchmark: Leo - read aloud, small group, calculator.")
    assert "separate_setting" in found
    # said of instruction, with no test accommodation beside it, it is not a test setting
    assert "separate_setting" not in topics(tagger, "Reading is small group, three days a week.")


@pytest.mark.parametrize("text, topic", [
    ("Come see me during advisory and we'll make a plan.", "compensatory_services"),  # "up" is what makes it a make-up
    ("He has extended time, and I'll ask if a make-up administration of the state test is possible.",
     "compensatory_services"),  # a test given late, as testing manuals name it
    ("Schedule questions can go to the counseling office.", "counseling"),  # the guidance office, not the service
])
def test_plans_late_tests_and_the_guidance_office_are_not_services(tagger, text, topic):
    assert topic not in topics(tagger, text)


def test_a_makeup_session_is_still_a_make_up(tagger):
    assert "compensatory_services" in topics(tagger, "We will schedule a makeup speech session next week.")


def test_test_items_read_aloud_in_other_words(tagger):
    assert "read_aloud" in topics(tagger, "Mr. Diaz was reading the items aloud for her.")
    assert "read_aloud" in topics(tagger, "Are her quizzes read aloud in science?")


def test_a_parenthesis_that_is_a_clause_is_not_a_role_after_a_name(tagger):
    found = topics(tagger, "Leo finished the Brigance Skills Inventory (with Mr. Diaz giving him extended time) last week.")
    assert "extended_time" in found
    assert "speech_language_therapy" not in topics(tagger, "Invited: Priya Natarajan (SLP), Dana Ruiz (case manager).")


def test_a_break_someone_takes_the_child_out_for(tagger):
    assert "breaks" in topics(tagger, "He got upset in math, so I took him out for a break in the hallway.")
    assert "breaks" not in topics(tagger, "We took him out for dinner after the game.")


def test_a_writer_pulled_away_from_the_child_is_the_aide(tagger):
    assert "paraprofessional" in topics(tagger, "They pulled me to cover a 2nd grade class, so I couldn't go w Leo to art.")
    assert "paraprofessional" in topics(tagger, "I got pulled to cover recess duty, so he was at lunch without me.")
    # a group held without its teacher is that teacher's own service
    assert "paraprofessional" not in topics(tagger, "I was pulled into a meeting, so the reading group met without me.")


# ---- public accommodation-manual and service vocabulary, in the forms other writers use ----------------

@pytest.mark.parametrize("text, topic", [
    ("Please give him an additional 30 minutes for the final.", "extended_time"),
    ("She may have 50 percent more time on classroom tests.", "extended_time"),
    ("He gets 25% extra time on quizzes.", "extended_time"),
    ("He gets double the time on unit tests.", "extended_time"),
    ("She can take as long as she needs on the test.", "extended_time"),
    ("He gets time & 1/2 on quizzes.", "extended_time"),
    ("Can you move him closer to the front?", "preferential_seating"),
    ("He can take a 5-minute break when he needs one.", "breaks"),
    ("She was not allowed to leave the room for a break.", "breaks"),
    ("He is allowed to step out of the room when he is upset.", "breaks"),
    ("She gets oral testing in science.", "read_aloud"),
    ("He has his tests given orally in science.", "read_aloud"),
    ("She is trialing a PODD book at home.", "assistive_technology"),
    ("He spells words on a letter board.", "assistive_technology"),
    ("She can do 10 spelling words instead of 20.", "reduced_assignments"),
    ("Assignments are reduced by 25% in math.", "reduced_assignments"),
    ("He tests individually for unit exams.", "separate_setting"),
    ("Could you post the slides before class?", "class_notes"),
    ("She gets a printout of the PowerPoint.", "class_notes"),
    ("He keeps his stim toys in a pencil pouch.", "sensory_tools"),
    ("She can dictate her essay to an adult.", "scribe"),
    ("He checks out with me at the end of the day.", "check_in"),
    ("Both FBAs are due next month.", "behavior_support"),
    ("He gets ABA therapy at school.", "behavior_support"),
    ("His S/L services were missed this week.", "speech_language_therapy"),
    ("She sees the school-based clinician weekly.", "counseling"),
    ("She gets in-class support in English.", "specialized_instruction"),
    ("He is in the replacement math class.", "specialized_instruction"),
    ("The case manager pushes in during math.", "specialized_instruction"),
    ("He uses TouchMath for addition.", "specialized_instruction"),
    ("He gets Title 1 reading three times a week.", "reading_intervention"),
    ("She needs adult support in the lunchroom.", "paraprofessional"),
    ("Transpo called about the afternoon route.", "transportation"),
    ("Can we schedule the IEP before spring break?", "iep_meeting"),
    ("I need data on his IEP goals.", "progress_report"),
    ("She is owed two 30-minute sessions.", "compensatory_services"),
    ("He gets an additional day on long assignments.", "extended_time"),
    ("Please seat her where she can see the board.", "preferential_seating"),
    ("He can leave class for a few minutes when he feels anxious.", "breaks"),
    ("She needs opportunities to move during long lessons.", "breaks"),
    ("The aide reads his tests to him in the hall.", "read_aloud"),
    ("He uses a keyboard instead of a pencil for long answers.", "assistive_technology"),
    ("Can his math homework be reduced?", "reduced_assignments"),
    ("She only has to do the first five problems.", "reduced_assignments"),
    ("He only completes the starred problems.", "reduced_assignments"),
    ("We modified the rubric so she is graded on 2 of the 4 parts.", "reduced_assignments"),
    ("She takes her tests in a different room.", "separate_setting"),
    ("Could you send the notes home on Fridays?", "class_notes"),
    ("He uses a timer for transitions.", "visual_schedule"),
    ("Could you print it bigger for her?", "large_print"),
    ("He checks in and out with his mentor.", "check_in"),
    ("She is working on her lisp in small group.", "speech_language_therapy"),
    ("He is working on his /r/ sound.", "speech_language_therapy"),
    ("We practiced letter formation on the whiteboard.", "occupational_therapy"),
    ("He sees the school therapist on Mondays.", "counseling"),
    ("She gets 45 minutes of resource a day.", "specialized_instruction"),
    ("Her class uses the Unique Learning System.", "specialized_instruction"),
    ("She works with the dyslexia teacher twice a week.", "reading_intervention"),
    ("He had a behavioral episode in the gym.", "behavior_support"),
    ("We need your consent for testing.", "evaluation"),
    ("The missed sessions will be made up in March.", "compensatory_services"),
    ("He uses a talking dictionary for spelling.", "assistive_technology"),
    ("The sound field system in her room is broken.", "assistive_technology"),
    ("He can go to the calm room when he is upset.", "breaks"),
    ("He is in resource during first period.", "specialized_instruction"),
    ("ill send him down tues to finish w his 1.5x", "extended_time"),
    ("He has x2 time on unit tests.", "extended_time"),
    ("We played the /r/ board game she likes.", "speech_language_therapy"),
    ("I'm still working on the comp form for the district.", "compensatory_services"),
])
def test_accommodation_manual_vocabulary(tagger, text, topic):
    assert topic in topics(tagger, text)


@pytest.mark.parametrize("text, topic, signature", [
    # an OT who pushes in gives OT in the classroom, not specialized instruction
    ("Mostly I see her in my room, and now and then I push in during writing.", "specialized_instruction",
     "Dana Ruiz\nOccupational Therapist"),
    # a talking calculator is the calculator accommodation (a query for it must not fetch every device)
    ("He uses a talking calculator on math quizzes.", "assistive_technology", ""),
    # sentence starters that shorten a task are not a graphic organizer
    ("He shortened the reflection to three sentence starters.", "graphic_organizers", ""),
])
def test_new_vocabulary_traps(tagger, text, topic, signature):
    """(and: 'made up of' is what something consists of, not a make-up)"""
    assert topic not in topics(tagger, text, signature=signature)


def test_text_to_speech_as_a_query_names_read_aloud_only(tagger):
    from ieptrail.classify.topics import query_topics
    assert query_topics(tagger.nlp, "text to speech") == ("read_aloud",)


def test_made_up_of_is_not_a_make_up(tagger):
    assert "compensatory_services" not in topics(tagger, "Her speech sessions are made up of drills and games.")


@pytest.mark.parametrize("text, topic", [
    ("Her tests are read aloud, except when decoding is being measured.", "reading_intervention"),
    ("He gets 30 minutes of OT a week for handwriting and keyboarding.", "assistive_technology"),
])
def test_a_skill_named_beside_another_topic_is_not_its_own_topic(tagger, text, topic):
    assert topic not in topics(tagger, text)


def test_keyboarding_alone_is_still_assistive_technology(tagger):
    assert "assistive_technology" in topics(tagger, "He is learning keyboarding so he can type his essays.")


@pytest.mark.parametrize("text", [
    "I had to cancel speech on Monday because I got pulled into ARDs at the other campus.",
    "I had to sit in on a manifestation determination and couldn't see anyone 3rd period.",
])
def test_meetings_the_writer_was_pulled_into_are_not_the_childs(tagger, text):
    assert "iep_meeting" not in topics(tagger, text)


def test_a_legal_signature_mark_is_not_a_speech_sound(tagger):
    assert "speech_language_therapy" not in topics(tagger, "/s/ Dana Ruiz, Director of Student Services")


# ---- reduced work in counts, "big" copies; the bus of a routine; evaluations that pull a provider away ----

@pytest.mark.parametrize("text, topic", [
    ("We trimmed her spelling list to 8 words a week.", "reduced_assignments"),
    ("He can write three short paragraphs instead of five.", "reduced_assignments"),
    ("She only answers the even-numbered questions on each worksheet.", "reduced_assignments"),
    ("Starting Monday he's back to odds on the math homework.", "reduced_assignments"),
    ("Could you send home a bigger copy of the map for her?", "large_print"),
    ("I printed him a big laminated periodic table for his desk.", "large_print"),
])
def test_vocabulary_of_tools_counts_and_sizes(tagger, text, topic):
    assert topic in topics(tagger, text)


@pytest.mark.parametrize("text, topic", [
    ("Please make sure the folder is in his backpack before he gets on the bus.", "transportation"),
    ("I picked her up from the bus and she was upset about the math test.", "transportation"),
    ("She can ride the bus home or stay for the homework club.", "transportation"),
    ("We practiced crossing near the bus loading zone during her lesson.", "transportation"),
    ("I missed his Tuesday session because I was pulled to do an evaluation at the high school.", "evaluation"),
    ("I had two initial evaluations scheduled that morning, so group did not meet.", "evaluation"),
    ("She made a big deal about the test.", "large_print"),
])
def test_routine_buses_and_other_students_evaluations_are_not_the_topic(tagger, text, topic):
    assert topic not in topics(tagger, text)


def test_evaluations_named_again_after_the_provider_was_pulled_away(tagger):
    text = ("I was pulled for initial evals on Monday and Wednesday, so speech did not meet. "
            "I'll make up both sessions once the evals are done.")
    assert "evaluation" not in topics(tagger, text)
    own = topics(tagger, "His reevaluation report is attached. I was pulled for evals at the middle school all week, sorry it is late.")
    assert "evaluation" in own


def test_a_bus_that_goes_wrong_is_still_transportation(tagger):
    assert "transportation" in topics(tagger, "The bus never came this morning and he waited at his stop for 40 minutes.")
    assert "transportation" in topics(tagger, "His aide has been on the bus every day this week.")
