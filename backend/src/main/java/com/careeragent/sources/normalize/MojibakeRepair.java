package com.careeragent.sources.normalize;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs UTF-8 text that was decoded as Latin-1 or Windows-1252 on the way ("rÃ©sumÃ©" → "résumé",
 * "weâ€™ve" → "we’ve"). Only sequences that form one valid UTF-8 character are replaced, so correct
 * text is left alone.
 */
public final class MojibakeRepair {

    /** Characters that stand for a UTF-8 continuation byte 0x80–0xBF in Latin-1 or Windows-1252. */
    private static final String CONT = "[\\u0080-\\u00BF\\u20AC\\u201A\\u0192\\u201E\\u2026\\u2020\\u2021\\u02C6"
            + "\\u2030\\u0160\\u2039\\u0152\\u017D\\u2018\\u2019\\u201C\\u201D\\u2022\\u2013\\u2014\\u02DC\\u2122"
            + "\\u0161\\u203A\\u0153\\u017E\\u0178]";
    private static final Pattern SEQUENCE = Pattern.compile(
            "[\\u00C2-\\u00DF]" + CONT + "|[\\u00E0-\\u00EF]" + CONT + "{2}|[\\u00F0-\\u00F4]" + CONT + "{3}");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private MojibakeRepair() {
    }

    public static String repair(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher matcher = SEQUENCE.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            String decoded = decode(matcher.group());
            matcher.appendReplacement(out, Matcher.quoteReplacement(decoded == null ? matcher.group() : decoded));
        } while (matcher.find());
        matcher.appendTail(out);
        return out.toString();
    }

    private static String decode(String sequence) {
        byte[] bytes = new byte[sequence.length()];
        CharsetEncoder cp1252 = WINDOWS_1252.newEncoder();
        for (int i = 0; i < sequence.length(); i++) {
            char c = sequence.charAt(i);
            if (c < 0x100) {
                bytes[i] = (byte) c;
            } else {
                try {
                    ByteBuffer encoded = cp1252.encode(CharBuffer.wrap(new char[] {c}));
                    bytes[i] = encoded.get(0);
                } catch (CharacterCodingException e) {
                    return null;
                }
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
