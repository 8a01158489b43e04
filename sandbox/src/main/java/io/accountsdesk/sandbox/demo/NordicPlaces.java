package io.accountsdesk.sandbox.demo;

import java.util.List;
import java.util.Map;

/** Real cities with real postal codes, real-sounding streets, and the banks merchants use, per country. */
final class NordicPlaces {

    private NordicPlaces() {
    }

    record City(String name, List<String> postalCodes, int weight) {
    }

    static final Map<Country, List<City>> CITIES = Map.of(
            Country.NO, List.of(
                    new City("Oslo", List.of("0150", "0152", "0250", "0349", "0463", "0556", "0655", "0763", "0870"), 30),
                    new City("Bergen", List.of("5003", "5014", "5035", "5052"), 12),
                    new City("Trondheim", List.of("7010", "7030", "7042"), 10),
                    new City("Stavanger", List.of("4006", "4014", "4021"), 8),
                    new City("Tromsø", List.of("9008", "9010", "9019"), 5),
                    new City("Kristiansand", List.of("4608", "4612"), 5),
                    new City("Drammen", List.of("3015", "3040"), 4),
                    new City("Bodø", List.of("8006", "8010"), 3),
                    new City("Ålesund", List.of("6002", "6005"), 4),
                    new City("Lillehammer", List.of("2609", "2615"), 3)),
            Country.SE, List.of(
                    new City("Stockholm", List.of("111 22", "113 30", "114 35", "116 45", "118 20"), 30),
                    new City("Göteborg", List.of("411 05", "413 01", "414 63"), 14),
                    new City("Malmö", List.of("211 20", "214 21", "217 41"), 10),
                    new City("Uppsala", List.of("753 10", "753 20"), 6),
                    new City("Linköping", List.of("582 22", "582 24"), 4),
                    new City("Örebro", List.of("702 10", "702 11"), 4),
                    new City("Västerås", List.of("722 15", "722 12"), 4),
                    new City("Umeå", List.of("903 26", "903 29"), 3),
                    new City("Luleå", List.of("972 31", "972 32"), 2),
                    new City("Lund", List.of("222 21", "223 50"), 4)),
            Country.DK, List.of(
                    new City("København K", List.of("1050", "1150", "1260", "1360", "1455"), 22),
                    new City("København N", List.of("2200"), 8),
                    new City("Frederiksberg", List.of("2000"), 6),
                    new City("Aarhus C", List.of("8000"), 12),
                    new City("Odense C", List.of("5000"), 8),
                    new City("Aalborg", List.of("9000"), 7),
                    new City("Esbjerg", List.of("6700"), 4),
                    new City("Kolding", List.of("6000"), 3),
                    new City("Vejle", List.of("7100"), 3),
                    new City("Roskilde", List.of("4000"), 3),
                    new City("Helsingør", List.of("3000"), 3)),
            Country.FI, List.of(
                    new City("Helsinki", List.of("00100", "00120", "00130", "00150", "00180", "00500", "00530"), 30),
                    new City("Espoo", List.of("02100", "02150"), 8),
                    new City("Tampere", List.of("33100", "33200"), 10),
                    new City("Turku", List.of("20100", "20500"), 8),
                    new City("Oulu", List.of("90100"), 6),
                    new City("Jyväskylä", List.of("40100"), 4),
                    new City("Lahti", List.of("15110"), 3),
                    new City("Kuopio", List.of("70100"), 3),
                    new City("Vaasa", List.of("65100"), 2),
                    new City("Rovaniemi", List.of("96200"), 2)));

    static final Map<Country, List<String>> STREETS = Map.of(
            Country.NO, List.of("Storgata", "Kirkegata", "Dronningens gate", "Strandgata", "Sjøgata", "Parkveien",
                    "Fjordveien", "Torggata", "Kongens gate", "Markveien", "Thorvald Meyers gate", "Bogstadveien",
                    "Olav Tryggvasons gate", "Skippergata", "Havnegata", "Sommerkroveien", "Nordre gate", "Øvre Slottsgate"),
            Country.SE, List.of("Drottninggatan", "Kungsgatan", "Storgatan", "Sveavägen", "Götgatan", "Hornsgatan",
                    "Vasagatan", "Västerlånggatan", "Linnégatan", "Södra Förstadsgatan", "Kyrkogatan", "Strandvägen",
                    "Hamngatan", "Skolgatan", "Järnvägsgatan", "Östra Hamngatan"),
            Country.DK, List.of("Vesterbrogade", "Nørrebrogade", "Østergade", "Algade", "Søndergade", "Vestergade",
                    "Nørregade", "Kongensgade", "Bredgade", "Jernbanegade", "Havnegade", "Store Torv", "Frederiksberggade",
                    "Klostergade", "Mejlgade"),
            Country.FI, List.of("Mannerheimintie", "Aleksanterinkatu", "Hämeenkatu", "Kauppakatu", "Yliopistonkatu",
                    "Kirkkokatu", "Rautatienkatu", "Puistokatu", "Satamakatu", "Kalevankatu", "Fredrikinkatu",
                    "Iso Roobertinkatu", "Kauppatori", "Kauppiaskatu", "Rantakatu"));

    /** The word for a post-office box, for billing addresses that use one. */
    static final Map<Country, String> POST_BOX = Map.of(
            Country.NO, "Postboks", Country.SE, "Box", Country.DK, "Postboks", Country.FI, "PL");

    static final Map<Country, List<String>> BANKS = Map.of(
            Country.NO, List.of("DNB", "SpareBank 1 SR-Bank", "Nordea", "Handelsbanken", "Sparebanken Vest", "SpareBank 1 SMN"),
            Country.SE, List.of("Swedbank", "SEB", "Handelsbanken", "Nordea", "Länsförsäkringar Bank", "ICA Banken"),
            Country.DK, List.of("Danske Bank", "Jyske Bank", "Nykredit Bank", "Sydbank", "Arbejdernes Landsbank", "Nordea"),
            Country.FI, List.of("OP", "Nordea", "Danske Bank", "Aktia", "S-Pankki", "Ålandsbanken"));
}
