package io.accountsdesk.sandbox.demo;

import java.util.List;
import java.util.Map;

/** People's names and the evocative words Nordic shop names are made of. */
final class NordicWords {

    private NordicWords() {
    }

    static final Map<Country, List<String>> FIRST_NAMES = Map.of(
            Country.NO, List.of("Ola", "Kari", "Ingrid", "Lars", "Sigrid", "Magnus", "Nora", "Henrik", "Astrid", "Eirik",
                    "Silje", "Håkon", "Ingvild", "Torstein", "Marit", "Jonas", "Emma", "Sindre", "Ragnhild", "Øystein",
                    "Solveig", "Vegard", "Tuva", "Bjørn"),
            Country.SE, List.of("Erik", "Anna", "Lars", "Karin", "Johan", "Maria", "Anders", "Elsa", "Oskar", "Astrid",
                    "Gustav", "Linnea", "Nils", "Ebba", "Axel", "Saga", "Filip", "Maja", "Viktor", "Ingrid", "Björn",
                    "Frida", "Henrik", "Klara"),
            Country.DK, List.of("Mads", "Freja", "Rasmus", "Ida", "Mikkel", "Sofie", "Frederik", "Emma", "Søren", "Mette",
                    "Christian", "Anne", "Jesper", "Camilla", "Kasper", "Line", "Morten", "Louise", "Anders", "Signe",
                    "Troels", "Karen"),
            Country.FI, List.of("Mikko", "Aino", "Juha", "Laura", "Antti", "Emilia", "Matti", "Helmi", "Jussi", "Sanna",
                    "Ville", "Elina", "Timo", "Kaisa", "Pekka", "Venla", "Eero", "Hanna", "Tuomas", "Satu", "Jari", "Noora"));

    static final Map<Country, List<String>> LAST_NAMES = Map.of(
            Country.NO, List.of("Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
                    "Jensen", "Karlsen", "Berg", "Haugen", "Hagen", "Johannessen", "Eriksen", "Dahl", "Lund", "Solberg",
                    "Bakke", "Strand", "Moen", "Fjeld", "Lie", "Bråthen", "Sæther", "Aasen"),
            Country.SE, List.of("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
                    "Svensson", "Gustafsson", "Lindberg", "Lindqvist", "Bergström", "Sandberg", "Holm", "Sjöberg",
                    "Nyström", "Lundgren", "Åberg", "Engström", "Forsberg", "Hedlund"),
            Country.DK, List.of("Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
                    "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Møller",
                    "Mortensen", "Kjær", "Lauridsen"),
            Country.FI, List.of("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
                    "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi",
                    "Heikkilä", "Kinnunen", "Salonen", "Turunen"));

    /** First words of shop names: nature, light and coast, the way Nordic small businesses name themselves. */
    static final Map<Country, List<String>> NAME_WORDS = Map.of(
            Country.NO, List.of("Fjordlys", "Nordlys", "Havblikk", "Fjellstua", "Bølgen", "Granli", "Solvik", "Tindefjell",
                    "Bryggen", "Skogly", "Vestkyst", "Polarstjerne", "Blåbær", "Furulund", "Kystlinje", "Midnattsol",
                    "Lyngheia", "Måkeskjær", "Sølvberg", "Elvebredden"),
            Country.SE, List.of("Norrsken", "Fjällvind", "Skärgård", "Ljung", "Björkhaga", "Solgläntan", "Älvdal", "Granskog",
                    "Strandvik", "Vindö", "Lingon", "Midsommar", "Sjöbris", "Tallbacken", "Klippan", "Havsörn", "Ängsblom",
                    "Blåklint", "Fyrbåk", "Stjärnhimmel"),
            Country.DK, List.of("Havblik", "Strandlys", "Bøgeskov", "Klitrose", "Fyrtårn", "Lyngbakke", "Vesterhav",
                    "Kløverhøj", "Nordstjerne", "Solsikke", "Egeløv", "Marehalm", "Bølgegang", "Skovly", "Havnelys",
                    "Klinteby", "Sandbanke", "Rønnebær"),
            Country.FI, List.of("Revontuli", "Kuusi", "Järvi", "Tunturi", "Lumi", "Saimaa", "Aurora", "Koivu", "Kallio",
                    "Metsä", "Sisu", "Pohjola", "Kielo", "Ilves", "Karhu", "Kuura", "Meri", "Valo", "Kaamos", "Hilla"));

    /** ASCII for domains and e-mail addresses: "Bråthen" → "brathen". */
    static String ascii(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char ch : text.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            switch (ch) {
                case 'æ' -> sb.append("ae");
                case 'ø', 'ö' -> sb.append('o');
                case 'å', 'ä', 'á', 'à' -> sb.append('a');
                case 'é', 'è' -> sb.append('e');
                case 'ü' -> sb.append('u');
                default -> {
                    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
                        sb.append(ch);
                    } else if (ch == ' ' || ch == '-' || ch == '.') {
                        sb.append('-');
                    }
                }
            }
        }
        return sb.toString().replaceAll("-+", "-").replaceAll("^-|-$", "");
    }
}
