"""The key that signs evidence bundles, so that a bundle can be checked against something its
maker handed over separately (a manifest inside the ZIP proves nothing on its own: whoever
rewrites a file can rewrite the manifest).

Ed25519 (RFC 8032), from the `cryptography` package: one key pair per record, made on the first
export of a bundle and kept in the data directory (`export-signing-key.pem`, readable by its
owner only). Each bundle carries SIGNATURE.ed25519, the signature of its MANIFEST.sha256.
The public key is one short line, `ed25519:<base64>`, which `export` prints for the user to
give the reader by another way than the bundle (a letter, a message, read out on the phone);
`ieptrail verify --public-key ed25519:… BUNDLE.zip` then checks the signature.
"""
from __future__ import annotations

import base64
import binascii
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ieptrail.errors import IEPTrailError

KEY_FILE = "export-signing-key.pem"
PUBLIC_KEY_FILE = "export-signing-key.pub"
SIGNATURE_FILE = "SIGNATURE.ed25519"
PREFIX = "ed25519:"


class SigningKeyError(IEPTrailError):
    """A public key or signature that cannot be read."""


def public_key_text(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return PREFIX + base64.b64encode(raw).decode()


def parse_public_key(text: str) -> Ed25519PublicKey:
    """`ed25519:<base64 of the 32-byte key>`, or a file holding that line."""
    value = text.strip()
    if not value.startswith(PREFIX) and Path(value).is_file():
        value = Path(value).read_text(encoding="utf-8").strip()
    if not value.startswith(PREFIX):
        raise SigningKeyError(f"not an Ed25519 public key (it should start with {PREFIX}): {value[:60]!r}")
    try:
        raw = base64.b64decode(value[len(PREFIX):], validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError) as exc:
        raise SigningKeyError(f"not an Ed25519 public key: {value[:60]!r}") from exc


def signing_key(data_dir: Path) -> Ed25519PrivateKey:
    """The record's signing key, made (0600) on first use."""
    path = Path(data_dir) / KEY_FILE
    if path.exists():
        loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
        if not isinstance(loaded, Ed25519PrivateKey):
            raise SigningKeyError(f"{path} is not an Ed25519 key")
        return loaded
    path.parent.mkdir(parents=True, exist_ok=True)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(pem)
    (path.parent / PUBLIC_KEY_FILE).write_text(public_key_text(key.public_key()) + "\n", encoding="utf-8")
    return key


def record_public_key(data_dir: Path) -> Ed25519PublicKey | None:
    """The public half of this record's key, when this machine holds the record."""
    path = Path(data_dir) / KEY_FILE
    if not path.exists():
        return None
    return signing_key(data_dir).public_key()


def signature_file(key: Ed25519PrivateKey, manifest: bytes) -> bytes:
    """SIGNATURE.ed25519: the signer's public key, then the signature of the manifest."""
    signature = base64.b64encode(key.sign(manifest)).decode()
    return f"{public_key_text(key.public_key())}\n{signature}\n".encode()


@dataclass(frozen=True)
class SignatureCheck:
    valid: bool
    signer: str  # the public key the bundle says signed it
    detail: str


def check_signature(content: bytes, manifest: bytes, trusted: Ed25519PublicKey) -> SignatureCheck:
    lines = content.decode("utf-8", "replace").split()
    if len(lines) != 2:
        return SignatureCheck(False, "", f"{SIGNATURE_FILE} is not '<public key> <signature>'")
    signer, signature = lines
    expected = public_key_text(trusted)
    if signer != expected:
        return SignatureCheck(False, signer, f"signed by {signer}, not by the key given ({expected})")
    try:
        trusted.verify(base64.b64decode(signature, validate=True), manifest)
    except (InvalidSignature, binascii.Error, ValueError):
        return SignatureCheck(False, signer, f"the signature does not match {expected}: the manifest was changed")
    return SignatureCheck(True, signer, f"MANIFEST.sha256 is signed by {expected}")
