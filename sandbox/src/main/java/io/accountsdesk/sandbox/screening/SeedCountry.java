package io.accountsdesk.sandbox.screening;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The countries the seeded registers list terminated merchants from: the four Nordic markets most, and a few others
 * a Nordic acquirer meets. Each knows how its people are called, how its streets, postcodes, phone numbers and
 * company names are written, and which ISO 3166-2 subdivision its cities are in (MATCH's two-character
 * {@code CountrySubdivision}, the seed's {@code "st"}).
 */
enum SeedCountry {
    NO("+47", "AS", 30),
    SE("+46", "AB", 24),
    DK("+45", "ApS", 16),
    FI("+358", "Oy", 12),
    GB("+44", "Ltd", 6),
    DE("+49", "GmbH", 5),
    US("+1", "LLC", 4),
    NL("+31", "B.V.", 3);

    final String callingCode;
    final String legalForm;
    final int weight;

    SeedCountry(String callingCode, String legalForm, int weight) {
        this.callingCode = callingCode;
        this.legalForm = legalForm;
        this.weight = weight;
    }

    String alpha2() {
        return name();
    }

    String alpha3() {
        return Countries.alpha3(name());
    }

    String region() {
        return Countries.region(name()).orElseThrow();
    }

    record City(String name, String subdivision, List<String> postalCodes) {
    }

    List<City> cities() {
        return switch (this) {
            case NO -> List.of(
                    new City("Oslo", "03", List.of("0150", "0152", "0250", "0349", "0463", "0556", "0655", "0870")),
                    new City("Bergen", "46", List.of("5003", "5014", "5035", "5052")),
                    new City("Trondheim", "50", List.of("7010", "7030", "7042")),
                    new City("Stavanger", "11", List.of("4006", "4014", "4021")),
                    new City("Tromsø", "55", List.of("9008", "9010", "9019")),
                    new City("Kristiansand", "42", List.of("4608", "4612")),
                    new City("Drammen", "33", List.of("3015", "3040")),
                    new City("Ålesund", "15", List.of("6002", "6005")));
            case SE -> List.of(
                    new City("Stockholm", "AB", List.of("111 22", "113 30", "114 35", "116 45", "118 20")),
                    new City("Göteborg", "O", List.of("411 05", "413 01", "414 63")),
                    new City("Malmö", "M", List.of("211 20", "214 21", "217 41")),
                    new City("Uppsala", "C", List.of("753 10", "753 20")),
                    new City("Linköping", "E", List.of("582 22", "582 24")),
                    new City("Örebro", "T", List.of("702 10", "702 11")),
                    new City("Umeå", "AC", List.of("903 26", "903 29")));
            case DK -> List.of(
                    new City("København K", "84", List.of("1050", "1150", "1260", "1360", "1455")),
                    new City("Frederiksberg", "84", List.of("2000")),
                    new City("Aarhus C", "82", List.of("8000")),
                    new City("Odense C", "83", List.of("5000")),
                    new City("Aalborg", "81", List.of("9000")),
                    new City("Esbjerg", "83", List.of("6700")),
                    new City("Roskilde", "85", List.of("4000")));
            case FI -> List.of(
                    new City("Helsinki", "18", List.of("00100", "00120", "00130", "00150", "00180", "00530")),
                    new City("Espoo", "18", List.of("02100", "02150")),
                    new City("Tampere", "11", List.of("33100", "33200")),
                    new City("Turku", "19", List.of("20100", "20500")),
                    new City("Oulu", "14", List.of("90100")),
                    new City("Jyväskylä", "08", List.of("40100")));
            // England's ISO subdivisions are three letters (GB-LND), longer than MATCH's two: left out.
            case GB -> List.of(
                    new City("London", null, List.of("EC1A 1BB", "SE1 9SG", "N1 9GU", "W1D 3QF")),
                    new City("Manchester", null, List.of("M1 1AE", "M4 5JD")),
                    new City("Bristol", null, List.of("BS1 4DJ", "BS8 1TH")),
                    new City("Leeds", null, List.of("LS1 4AP", "LS2 7HY")));
            case DE -> List.of(
                    new City("Berlin", "BE", List.of("10115", "10243", "10999")),
                    new City("Hamburg", "HH", List.of("20095", "20354", "22765")),
                    new City("München", "BY", List.of("80331", "80469")),
                    new City("Köln", "NW", List.of("50667", "50733")),
                    new City("Frankfurt am Main", "HE", List.of("60311", "60594")));
            case US -> List.of(
                    new City("New York", "NY", List.of("10001", "10013", "11201")),
                    new City("Los Angeles", "CA", List.of("90012", "90028")),
                    new City("Chicago", "IL", List.of("60601", "60614")),
                    new City("Miami", "FL", List.of("33130", "33139")),
                    new City("Seattle", "WA", List.of("98101", "98109")));
            case NL -> List.of(
                    new City("Amsterdam", "NH", List.of("1012 AB", "1016 DK", "1071 XX")),
                    new City("Rotterdam", "ZH", List.of("3011 AD", "3012 CL")),
                    new City("Utrecht", "UT", List.of("3511 LX", "3581 KW")),
                    new City("Eindhoven", "NB", List.of("5611 AZ")));
        };
    }

    List<String> streets() {
        return switch (this) {
            case NO -> List.of("Storgata", "Kirkegata", "Dronningens gate", "Strandgata", "Torggata", "Kongens gate",
                    "Markveien", "Bogstadveien", "Skippergata", "Havnegata", "Parkveien", "Fjordveien", "Sjøgata",
                    "Øvre Slottsgate");
            case SE -> List.of("Drottninggatan", "Kungsgatan", "Storgatan", "Sveavägen", "Götgatan", "Hornsgatan",
                    "Vasagatan", "Linnégatan", "Hamngatan", "Järnvägsgatan", "Strandvägen", "Östra Hamngatan");
            case DK -> List.of("Vesterbrogade", "Nørrebrogade", "Østergade", "Algade", "Søndergade", "Vestergade",
                    "Nørregade", "Bredgade", "Jernbanegade", "Havnegade", "Klostergade", "Mejlgade");
            case FI -> List.of("Mannerheimintie", "Aleksanterinkatu", "Hämeenkatu", "Kauppakatu", "Yliopistonkatu",
                    "Kirkkokatu", "Rautatienkatu", "Puistokatu", "Satamakatu", "Fredrikinkatu", "Iso Roobertinkatu");
            case GB -> List.of("High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane",
                    "King Street", "Queen Street", "Park Road");
            case DE -> List.of("Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Goethestraße", "Lindenstraße",
                    "Gartenstraße", "Kirchweg", "Marktplatz");
            case US -> List.of("Main Street", "Oak Avenue", "Maple Drive", "Washington Boulevard", "Elm Street",
                    "Park Avenue", "Lake Street", "Sunset Boulevard");
            case NL -> List.of("Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenstraat", "Prinsengracht",
                    "Keizersgracht", "Hoofdstraat", "Marktplein");
        };
    }

    /** A street line as the country writes it: the number after the street in Europe, before it in GB and the US. */
    String streetLine(String street, int number) {
        return this == GB || this == US ? number + " " + street : street + " " + number;
    }

    List<String> firstNames() {
        return switch (this) {
            case NO -> List.of("Ola", "Kari", "Ingrid", "Lars", "Sigrid", "Magnus", "Nora", "Henrik", "Astrid", "Eirik",
                    "Silje", "Håkon", "Marit", "Jonas", "Sindre", "Ragnhild", "Øystein", "Solveig", "Vegard", "Bjørn");
            case SE -> List.of("Erik", "Anna", "Lars", "Karin", "Johan", "Maria", "Anders", "Elsa", "Oskar", "Astrid",
                    "Gustav", "Linnea", "Nils", "Ebba", "Axel", "Saga", "Filip", "Maja", "Viktor", "Björn");
            case DK -> List.of("Mads", "Freja", "Rasmus", "Ida", "Mikkel", "Sofie", "Frederik", "Emma", "Søren",
                    "Mette", "Christian", "Anne", "Jesper", "Camilla", "Kasper", "Line", "Morten", "Louise");
            case FI -> List.of("Mikko", "Aino", "Juha", "Laura", "Antti", "Emilia", "Matti", "Helmi", "Jussi", "Sanna",
                    "Ville", "Elina", "Timo", "Kaisa", "Pekka", "Venla", "Eero", "Hanna");
            case GB -> List.of("Oliver", "Amelia", "George", "Isla", "Harry", "Emily", "Jack", "Sophie", "James",
                    "Charlotte");
            case DE -> List.of("Lukas", "Anna", "Felix", "Lea", "Jonas", "Marie", "Paul", "Sophie", "Leon", "Jürgen");
            case US -> List.of("Michael", "Jennifer", "David", "Jessica", "Christopher", "Ashley", "Daniel", "Sarah",
                    "Matthew", "Amanda");
            case NL -> List.of("Daan", "Emma", "Sem", "Julia", "Lucas", "Tess", "Finn", "Sophie", "Levi", "Mila");
        };
    }

    List<String> lastNames() {
        return switch (this) {
            case NO -> List.of("Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen",
                    "Kristiansen", "Jensen", "Karlsen", "Berg", "Haugen", "Hagen", "Eriksen", "Dahl", "Lund",
                    "Solberg", "Bakke", "Strand", "Moen", "Bråthen", "Sæther", "Aasen", "Kjellsen");
            case SE -> List.of("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
                    "Persson", "Svensson", "Gustafsson", "Lindberg", "Lindqvist", "Bergström", "Sandberg", "Holm",
                    "Sjöberg", "Nyström", "Lundgren", "Åberg", "Engström");
            case DK -> List.of("Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
                    "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Thomsen", "Møller",
                    "Mikkelsen", "Kjær");
            case FI -> List.of("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine",
                    "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Saarinen", "Salminen", "Niemi");
            case GB -> List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas",
                    "Roberts", "Walker");
            case DE -> List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
                    "Hoffmann", "Schäfer");
            case US -> List.of("Johnson", "Williams", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
                    "Anderson", "Taylor", "Moore");
            case NL -> List.of("de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser",
                    "Smit", "Meijer", "de Boer");
        };
    }

    /** First words of company names, the way small businesses here name themselves. */
    List<String> nameWords() {
        return switch (this) {
            case NO -> List.of("Fjordlys", "Nordlys", "Havblikk", "Fjellstua", "Bølgen", "Granli", "Solvik",
                    "Tindefjell", "Bryggen", "Skogly", "Vestkyst", "Polarstjerne", "Blåbær", "Furulund", "Kystlinje",
                    "Midnattsol", "Lyngheia", "Måkeskjær", "Sølvberg", "Elvebredden");
            case SE -> List.of("Norrsken", "Fjällvind", "Skärgård", "Ljung", "Björkhaga", "Solgläntan", "Älvdal",
                    "Granskog", "Strandvik", "Vindö", "Lingon", "Midsommar", "Sjöbris", "Tallbacken", "Havsörn",
                    "Ängsblom", "Blåklint", "Fyrbåk");
            case DK -> List.of("Havblik", "Strandlys", "Bøgeskov", "Klitrose", "Fyrtårn", "Lyngbakke", "Vesterhav",
                    "Kløverhøj", "Nordstjerne", "Solsikke", "Egeløv", "Marehalm", "Skovly", "Havnelys", "Rønnebær");
            case FI -> List.of("Revontuli", "Kuusi", "Järvi", "Tunturi", "Lumi", "Saimaa", "Aurora", "Koivu", "Kallio",
                    "Metsä", "Sisu", "Pohjantähti", "Kielo", "Ilves", "Karhu", "Kuura");
            case GB -> List.of("Kingsley", "Ashford", "Bramble", "Harbour", "Oakridge", "Penrose", "Whitby", "Foxglove");
            case DE -> List.of("Rheinblick", "Lindenhof", "Sonnenschein", "Waldesruh", "Alster", "Edelweiß",
                    "Hafenlicht", "Kranich");
            case US -> List.of("Lakeshore", "Redwood", "Bluebonnet", "Summit", "Liberty", "Magnolia", "Prairie",
                    "Canyon");
            case NL -> List.of("Grachten", "Tulpen", "Molenwiek", "Dijkzicht", "Polder", "Zeewind", "Klaproos",
                    "Duinroos");
        };
    }

    /** The local word for the trade, second word of the company name: "Fjordlys Kafé AS". */
    String tradeWord(Trade trade) {
        int i = ordinal();
        return trade.words.get(i);
    }

    /** A landline in E.164 (MATCH's example is a bare ten-digit US number; Nordic acquirers send E.164). */
    String landline(SplittableRandom r) {
        return switch (this) {
            case NO -> "+47" + pick(r, "22", "23", "55", "73", "51") + digits(r, 6);
            case SE -> "+46" + pick(r, "8", "31", "40", "18") + digits(r, 7);
            case DK -> "+45" + pick(r, "33", "35", "86", "66") + digits(r, 6);
            case FI -> "+358" + pick(r, "9", "2", "3") + digits(r, 7);
            case GB -> "+44" + pick(r, "20", "161", "117", "113") + digits(r, 7);
            case DE -> "+49" + pick(r, "30", "40", "89", "221", "69") + digits(r, 7);
            case US -> pick(r, "212", "310", "312", "305", "206") + "555" + digits(r, 4);
            case NL -> "+31" + pick(r, "20", "10", "30", "40") + digits(r, 7);
        };
    }

    String mobile(SplittableRandom r) {
        return switch (this) {
            case NO -> "+47" + pick(r, "4", "9") + digits(r, 7);
            case SE -> "+467" + pick(r, "0", "2", "3", "6") + digits(r, 7);
            case DK -> "+45" + pick(r, "2", "3", "4", "5", "6") + digits(r, 7);
            case FI -> "+3584" + r.nextInt(6) + digits(r, 7);
            case GB -> "+447" + digits(r, 9);
            case DE -> "+4915" + digits(r, 9);
            case US -> pick(r, "646", "424", "872", "786", "425") + "555" + digits(r, 4);
            case NL -> "+316" + digits(r, 8);
        };
    }

    String topLevelDomain() {
        return switch (this) {
            case GB -> "co.uk";
            case US -> "com";
            default -> name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    static String pick(SplittableRandom r, String... options) {
        return options[r.nextInt(options.length)];
    }

    static String digits(SplittableRandom r, int count) {
        StringBuilder sb = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        return sb.toString();
    }

    /**
     * What a terminated merchant sold, with its merchant category code (ISO 18245) and the trade's word in each
     * country's language, in {@link SeedCountry} order. The high-risk trades (betting, supplements, subscriptions)
     * are the ones acquirers terminate most often, so they are weighted up.
     */
    enum Trade {
        CAFE("5814", 6, "Kafé", "Café", "Café", "Kahvila", "Café", "Café", "Café", "Koffiebar"),
        BAKERY("5462", 3, "Bakeri", "Bageri", "Bageri", "Leipomo", "Bakery", "Bäckerei", "Bakery", "Bakkerij"),
        BUILDING("1520", 5, "Bygg", "Bygg", "Byg", "Rakennus", "Builders", "Bau", "Construction", "Bouw"),
        ELECTRICIAN("1731", 3, "Elektro", "El", "El-service", "Sähkö", "Electrical", "Elektrotechnik", "Electric",
                "Elektra"),
        HAIR("7230", 3, "Frisør", "Frisör", "Frisør", "Parturi", "Hair", "Friseur", "Salon", "Kapsalon"),
        INTERIOR("5712", 3, "Interiør", "Inredning", "Indretning", "Sisustus", "Interiors", "Möbel", "Furniture",
                "Interieur"),
        SPORT("5941", 3, "Sport", "Sport", "Sport", "Urheilu", "Sports", "Sport", "Sports", "Sport"),
        TRAVEL("4722", 5, "Reiser", "Resor", "Rejser", "Matkat", "Travel", "Reisen", "Travel", "Reizen"),
        ELECTRONICS("5732", 5, "Elektronikk", "Elektronik", "Elektronik", "Elektroniikka", "Electronics",
                "Elektronik", "Electronics", "Elektronica"),
        CLOTHING("5651", 4, "Klær", "Kläder", "Tøj", "Vaatteet", "Clothing", "Mode", "Apparel", "Kleding"),
        JEWELLERY("5944", 3, "Gull", "Guld", "Guld", "Kulta", "Jewellers", "Schmuck", "Jewelry", "Juwelier"),
        BETTING("7995", 6, "Spill", "Spel", "Spil", "Pelit", "Gaming", "Spiele", "Gaming", "Gokken"),
        SUPPLEMENTS("5499", 6, "Helsekost", "Hälsokost", "Helsekost", "Luontaistuote", "Supplements", "Naturkost",
                "Nutrition", "Supplementen"),
        SUBSCRIPTIONS("5968", 5, "Abonnement", "Prenumeration", "Abonnement", "Tilaus", "Subscriptions", "Abo",
                "Subscriptions", "Abonnementen"),
        FLOWERS("5992", 2, "Blomster", "Blommor", "Blomster", "Kukka", "Florist", "Blumen", "Florist", "Bloemen"),
        TAXI("4121", 3, "Taxi", "Taxi", "Taxi", "Taksi", "Taxis", "Taxi", "Cab", "Taxi"),
        CAR_REPAIR("7538", 3, "Bilverksted", "Bilverkstad", "Autoværksted", "Autokorjaamo", "Motors",
                "Autowerkstatt", "Auto Repair", "Autogarage");

        final String mcc;
        final int weight;
        final List<String> words;

        Trade(String mcc, int weight, String... words) {
            this.mcc = mcc;
            this.weight = weight;
            this.words = List.of(words);
        }
    }
}
