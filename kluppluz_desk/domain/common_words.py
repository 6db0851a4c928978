"""Common Dutch words that are also first names or surnames (Bakker, Visser, de Boer, Roos,
Mei ...), plus the everyday words of a public reaction text ("Ouder vraagt ...").

The privacy guard matches a surname or first name on its own only when it is NOT in this
list; a listed name is still found as a full name or after a title ("mevrouw Bakker").
Written lower case and without diacritics, as the guard compares them.
"""

from __future__ import annotations

COMMON_WORDS: frozenset[str] = frozenset(
    """
    aan af al alle alles als altijd ander andere anders april augustus auto baan baby bak
    bakker bal bed been beek beer beest beetje begin begeleider begeleiding behandeling
    berg beter bij bijna bloem blauw blij boek boer boom boos bos boven brand breed brief
    brink broer brood bruin buiten bus dag dagen dak dam dan dat de december deel deur
    dicht dier dijk dik dit doel dochter dokter door dorp draad droog duif duin dus echt een
    eerst eind eten even familie februari fiets fleur gang geen geld gezin goed goud graaf
    gras groen groep groot haan haas half hals hand hard haven heel heer hek help hemel
    herder het heuvel hier hof hoek hoofd hoog hoop horst hout huis hulp ijzer in is ja jaar
    jan januari jong jonge jongen juli juni kaas kamer kamp kans kant kapper kast keizer
    kerk kers kind kinderen kip klant klein klok knecht koe kok koning kool koop kort kost
    kraai kramer kroon kruis kuiper laan laat lam land lang lange laten leeuw leider leraar
    les licht lief linde linden lucht maan maand maart man mans markt meer mei meid meester
    melk mens middel moeder molen molenaar mond morgen muis muur naar nacht niet noord
    november nu oktober om oma ook oom op opa oud ouder ouders over paard pad pastoor peer
    plaats plas plein poort post punt raad recht regen rijk rivier rood roos rust schaap
    schip schipper school schouw september slot smid smit snel sport staal stad steen ster
    stok straat stroom stuk tafel tak tand tante team tijd toen toren tuin twee uit vaak
    vader valk van vast veen veer veld vis visser vlag vogel vol voor vos vraag vriend vrouw
    waard wal water weg week wel werk west wever wijk wind winter wit wolf zand zee zeer
    zoals zomer zon zoon zuid zwart
    zorg locatie opvang oudercommissie medewerker medewerkers regio onderzoek klacht
    reactie klantreactie maatregel veiligheid informatie communicatie planning gesprek
    afspraak afspraken dossier kosten vergoeding organisatie traject trajecten verslag
    dag week juf meester mentor leidster pedagogisch coach
    jan feb mrt apr jun jul aug sep sept okt nov dec maandag dinsdag woensdag donderdag
    vrijdag zaterdag zondag
    """.split()  # noqa: SIM905 - a word list reads best as words
)
