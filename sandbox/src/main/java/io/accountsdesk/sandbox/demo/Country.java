package io.accountsdesk.sandbox.demo;

/** The Nordic markets the demo merchants come from, with what differs between them. */
enum Country {
    NO("NOK", "+47", "nb", "no", 1.0),
    SE("SEK", "+46", "sv", "se", 1.0),
    DK("DKK", "+45", "da", "dk", 0.65),
    FI("EUR", "+358", "fi", "fi", 0.088);

    final String currency;
    final String phonePrefix;
    final String languageCode;
    final String topLevelDomain;
    /** Rough value of one unit of this currency in NOK, so volumes look alike across countries. */
    final double unitsPerNok;

    Country(String currency, String phonePrefix, String languageCode, String topLevelDomain, double unitsPerNok) {
        this.currency = currency;
        this.phonePrefix = phonePrefix;
        this.languageCode = languageCode;
        this.topLevelDomain = topLevelDomain;
        this.unitsPerNok = unitsPerNok;
    }

    String code() {
        return name();
    }

    /** A mobile number in E.164 without spaces, as in the seed's examples ("+4799999999"). */
    String mobileNumber(DemoRandom r) {
        return switch (this) {
            case NO -> phonePrefix + r.pick(java.util.List.of("4", "9")) + r.digits(7);
            case SE -> phonePrefix + "7" + r.pick(java.util.List.of("0", "2", "3", "6")) + r.digits(7);
            case DK -> phonePrefix + r.pick(java.util.List.of("2", "3", "4", "5", "6")) + r.digits(7);
            case FI -> phonePrefix + "4" + r.between(0, 6) + r.digits(7);
        };
    }

    /** A switchboard number, as companies list one. */
    String landlineNumber(DemoRandom r) {
        return switch (this) {
            case NO -> phonePrefix + r.pick(java.util.List.of("22", "23", "55", "73", "51")) + r.digits(6);
            case SE -> phonePrefix + r.pick(java.util.List.of("8", "31", "40", "18")) + r.digits(7);
            case DK -> phonePrefix + r.pick(java.util.List.of("33", "35", "86", "66")) + r.digits(6);
            case FI -> phonePrefix + r.pick(java.util.List.of("9", "2", "3")) + r.digits(7);
        };
    }
}
