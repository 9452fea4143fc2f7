package com.careeragent.profile.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Tells a CV file's kind from its first bytes; the name and Content-Type the client sent are ignored. */
final class FileSniffer {

    private FileSniffer() {
    }

    static Optional<FileKind> sniff(byte[] bytes) {
        if (startsWith(bytes, "%PDF-")) {
            return Optional.of(FileKind.PDF);
        }
        if (startsWith(bytes, "PK\u0003\u0004")) {
            return Optional.of(FileKind.DOCX); // confirmed (or refused) when the archive is opened
        }
        return decodeText(bytes).map(text -> MarkdownHint.looksLikeMarkdown(text) ? FileKind.MARKDOWN : FileKind.TEXT);
    }

    /** UTF-8 text without NULs or other binary control characters; anything else is not a text CV. */
    static Optional<String> decodeText(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        long control = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (control > 0) {
            return Optional.empty();
        }
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (bytes[i] != (byte) magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
