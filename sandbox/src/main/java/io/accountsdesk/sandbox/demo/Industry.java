package io.accountsdesk.sandbox.demo;

/**
 * What a demo merchant sells: the word in each language (used in company names), an English label for
 * {@code company.industry}, the merchant category code, and typical ticket sizes in NOK.
 */
enum Industry {
    BAKERY("Bakeri", "Bageri", "Bageri", "Leipomo", "bakery", "5462", 60, 400, false),
    SPORTS("Sport", "Sport", "Sport", "Urheilu", "sporting goods", "5941", 300, 4000, true),
    DESIGN("Design", "Design", "Design", "Design", "design and homeware", "5719", 250, 6000, true),
    CAFE("Kaffebar", "Kafé", "Kaffebar", "Kahvila", "cafe", "5814", 50, 250, false),
    SHOES("Sko", "Skor", "Sko", "Kenkä", "shoe store", "5661", 400, 2500, true),
    INTERIOR("Interiør", "Inredning", "Interiør", "Sisustus", "interior and furniture", "5712", 300, 15000, true),
    FLOWERS("Blomster", "Blommor", "Blomster", "Kukka", "florist", "5992", 150, 900, false),
    BOOKS("Bokhandel", "Bokhandel", "Boghandel", "Kirjakauppa", "book store", "5942", 150, 800, true),
    BICYCLES("Sykkel", "Cykel", "Cykler", "Pyörä", "bicycle shop", "5940", 500, 25000, true),
    OPTICIAN("Optikk", "Optik", "Optik", "Optiikka", "optician", "8043", 600, 6000, false),
    ELECTRONICS("Elektro", "Elektronik", "Elektronik", "Elektroniikka", "consumer electronics", "5732", 300, 20000, true),
    HAIRDRESSER("Frisør", "Frisör", "Frisør", "Kampaamo", "hairdresser", "7230", 350, 1500, false),
    FISHMONGER("Fiskehandel", "Fiskhandel", "Fiskehandel", "Kalakauppa", "fishmonger", "5499", 150, 1200, false),
    CLOTHING("Klær", "Kläder", "Tøj", "Vaate", "clothing", "5651", 300, 3500, true),
    TOYS("Leker", "Leksaker", "Legetøj", "Lelu", "toy store", "5945", 150, 2500, true),
    SKINCARE("Hudpleie", "Hudvård", "Hudpleje", "Kauneus", "cosmetics and skincare", "5977", 200, 1800, true),
    OUTDOOR("Turutstyr", "Friluft", "Friluft", "Retkeily", "outdoor equipment", "5941", 400, 9000, true),
    PETS("Dyrebutikk", "Djurbutik", "Dyrehandel", "Lemmikki", "pet supplies", "5995", 200, 2500, true);

    private final String no;
    private final String se;
    private final String dk;
    private final String fi;
    final String label;
    final String merchantCategoryCode;
    final int typicalTicketNok;
    final int mostExpensiveNok;
    /** Ships goods (a delivery timeline in weeks) rather than serving over the counter. */
    final boolean ships;

    Industry(String no, String se, String dk, String fi, String label, String mcc, int typicalTicketNok,
             int mostExpensiveNok, boolean ships) {
        this.no = no;
        this.se = se;
        this.dk = dk;
        this.fi = fi;
        this.label = label;
        this.merchantCategoryCode = mcc;
        this.typicalTicketNok = typicalTicketNok;
        this.mostExpensiveNok = mostExpensiveNok;
        this.ships = ships;
    }

    String word(Country country) {
        return switch (country) {
            case NO -> no;
            case SE -> se;
            case DK -> dk;
            case FI -> fi;
        };
    }
}
