package com.careeragent.matching.scoring;

/**
 * Folds letters that only look Latin back to Latin, so that a title written with lookalikes
 * ("ꓟachine ꓡearning", Lisu capitals; "Dеveloper" with a Cyrillic е) reads as what every human reader
 * sees. Postings use them to dodge keyword filters. Follows the Unicode confusables table (UTS #39) for the
 * Lisu letters that copy Latin capitals and the Cyrillic and Greek letters that copy Latin ones; a Cyrillic
 * or Greek letter is folded only inside a word that also has Latin letters, so real Cyrillic or Greek
 * words stay as they are.
 */
final class Confusables {

    private static final String LISU = "ꓐꓑꓓꓔꓖꓗꓙꓚꓜꓝꓟꓠꓡꓢꓣꓦꓧꓪꓫꓬꓮꓰꓲꓳꓴ";
    private static final String LISU_LATIN = "BPDTGKJCZFMNLSRVHWXYAEIOU";
    private static final String MIXED = "аеорсухіјѕАВЕКМНОРСТХΑΒΕΖΗΙΚΜΝΟΡΤΥΧο";
    private static final String MIXED_LATIN = "aeopcyxijsABEKMHOPCTXABEZHIKMNOPTYXo";

    private Confusables() {
    }

    static String fold(String text) {
        if (text == null || text.chars().allMatch(c -> c < 128)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int wordStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || !Character.isLetter(text.charAt(i))) {
                out.append(foldWord(text.substring(wordStart, i)));
                if (i < text.length()) {
                    out.append(text.charAt(i));
                }
                wordStart = i + 1;
            }
        }
        return out.toString();
    }

    private static String foldWord(String word) {
        boolean latin = word.chars().anyMatch(c -> c < 128 && Character.isLetter(c));
        StringBuilder out = new StringBuilder(word.length());
        for (char c : word.toCharArray()) {
            int lisu = LISU.indexOf(c);
            int mixed = latin ? MIXED.indexOf(c) : -1;
            out.append(lisu >= 0 ? LISU_LATIN.charAt(lisu) : mixed >= 0 ? MIXED_LATIN.charAt(mixed) : c);
        }
        return out.toString();
    }
}
