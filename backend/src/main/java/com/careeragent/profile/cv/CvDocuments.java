package com.careeragent.profile.cv;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.careeragent.auth.UserId;

/** {@code cv_documents}: the original file, its text and the parse result of every upload. */
@Component
public class CvDocuments {

    /** A stored upload with everything, for export and for grounding generated text. */
    public record StoredCv(CvDocument document, String text, String textSha256, String parsedJson, byte[] content) {
    }

    private final JdbcClient jdbc;

    CvDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insert(UserId user, String filename, String mediaType, byte[] content, String text, String sha256,
            String parser, String parsedJson) {
        return jdbc.sql("""
                INSERT INTO cv_documents (user_id, filename, media_type, size_bytes, content, text, text_sha256, parser, parsed)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb) RETURNING id
                """).params(user.value(), filename, mediaType, content.length, content, text, sha256, parser, parsedJson)
                .query(UUID.class).single();
    }

    public Optional<CvDocument> latest(UserId user) {
        return jdbc.sql("""
                SELECT id, filename, media_type, size_bytes, parser, uploaded_at FROM cv_documents
                WHERE user_id = ? ORDER BY uploaded_at DESC, id LIMIT 1
                """).param(user.value()).query(CvDocuments::document).optional();
    }

    public Optional<StoredCv> latestWithText(UserId user) {
        return all(user, false).stream().findFirst();
    }

    /** Every upload, newest first; {@code withContent} also loads the original bytes. */
    public List<StoredCv> all(UserId user, boolean withContent) {
        return jdbc.sql("""
                SELECT id, filename, media_type, size_bytes, parser, uploaded_at, text, text_sha256, parsed::text AS parsed,
                       CASE WHEN :content THEN content END AS content
                FROM cv_documents WHERE user_id = :user ORDER BY uploaded_at DESC, id
                """).param("user", user.value()).param("content", withContent)
                .query((rs, n) -> new StoredCv(document(rs, n), rs.getString("text"), rs.getString("text_sha256"),
                        rs.getString("parsed"), rs.getBytes("content")))
                .list();
    }

    private static CvDocument document(ResultSet rs, int n) throws SQLException {
        Instant at = rs.getTimestamp("uploaded_at").toInstant();
        return new CvDocument(rs.getObject("id", UUID.class), rs.getString("filename"), rs.getString("media_type"),
                rs.getInt("size_bytes"), rs.getString("parser"), at);
    }
}
