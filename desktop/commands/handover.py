"""``kentta handover``: make a client's handover form (lopettamis-/siirtolomake) as a PDF."""

from __future__ import annotations

from pathlib import Path

from desktop.commands.access import Failure, open_store, read_passphrase_file

NAME = "handover"
ORDER = 30
HELP = "make a client's handover form as a PDF"

TEXT_OPTIONS = {
    "work_done": "work done during the service",
    "strengths": "the client's strengths",
    "further_plan": "the further plan",
    "further_support_need": "the need for further support",
}


def register(parser) -> None:
    parser.add_argument("--client", required=True, metavar="ID",
                        help="the client's id (or its first 8 characters or more)")
    parser.add_argument("--lang", choices=("fi", "sv", "en"), default=None,
                        help="the form's language (default: the client's language)")
    parser.add_argument("--for-authority", action="store_true",
                        help="address the form to the employment authority: the full personal identity code is printed")
    parser.add_argument("--employment-area", metavar="NAME", default=None,
                        help="the employment area (työllisyysalue) a form for the authority is addressed to "
                             "(default: the client's; a new one becomes the client's)")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    for name, what in TEXT_OPTIONS.items():
        parser.add_argument(f"--{name.replace('_', '-')}", metavar="TEXT", default=None,
                            help=f"{what}; @FILE reads it from a UTF-8 file "
                                 "(default: the text of the client's latest form, if any)")
    parser.add_argument("--pdf-password-file", type=Path, metavar="FILE",
                        help="protect the PDF with the password on the first line of FILE")


def _text(value: str | None) -> str | None:
    if value is None or not value.startswith("@"):
        return value
    path = Path(value[1:])
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise Failure(f"Cannot read the text file {path} ({error}); give a UTF-8 text file.") from None


def run(args) -> int:
    from desktop.services import handover
    from desktop.services.setup import current_actor

    if args.output.suffix.lower() != ".pdf":
        raise Failure(f"The output file {args.output} must end in .pdf; nothing was made.")
    if not args.output.parent.is_dir():
        raise Failure(f"The folder {args.output.parent} does not exist; nothing was made.")
    given = {name: _text(getattr(args, name)) for name in TEXT_OPTIONS}
    password = read_passphrase_file(args.pdf_password_file) if args.pdf_password_file else None
    handover.check_password(password)
    store = open_store(args)
    try:
        actor = current_actor(store)
        client_id = handover.resolve_client_id(store, args.client)
        earlier = handover.load_prefill(store, actor=actor, client_id=client_id).texts
        texts = handover.HandoverTexts(**{name: given[name] if given[name] is not None else getattr(earlier, name)
                                          for name in TEXT_OPTIONS})
        generated = handover.generate(store, actor=actor, client_id=client_id, texts=texts, language=args.lang,
                                      for_authority=args.for_authority, employment_area=args.employment_area)
        handover.save_pdf(store, actor=actor, generated=generated, path=args.output, password=password)
    finally:
        store.close()
    protected = " (password-protected)" if password else ""
    print(f"Handover form {generated.document_number} written to {args.output}{protected}; "
          f"SHA-256 of the form: {generated.sha256}.")
    return 0
