"""Staff roles with their labels, for forms."""

ROLE_LABELS = {
    "employer_coordinator": "Työnantajakoordinaattori",
    "career_coach": "Uravalmentaja",
    "manager": "Projektipäällikkö",
    "admin": "Ylläpitäjä",
}
