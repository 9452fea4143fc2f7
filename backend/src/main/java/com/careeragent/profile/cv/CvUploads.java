package com.careeragent.profile.cv;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.careeragent.auth.UserId;
import com.careeragent.profile.ProfileUpdated;
import com.careeragent.profile.details.ProfileStore;
import com.careeragent.profile.details.ProfileViews;
import com.careeragent.profile.extract.CvTextExtractor;
import com.careeragent.profile.extract.ExtractedCv;
import com.careeragent.profile.parse.CvParsing;
import com.careeragent.profile.parse.ParseOutcome;
import com.careeragent.profile.skills.UserSkills;
import tools.jackson.databind.json.JsonMapper;

/**
 * One CV upload: extract the text (refusing what is hostile or unreadable, before anything is stored),
 * parse it, then store the file and fill the profile in one transaction.
 */
@Service
class CvUploads {

    private final CvTextExtractor extractor;
    private final CvParsing parsing;
    private final CvDocuments documents;
    private final ProfileStore profiles;
    private final UserSkills skills;
    private final ProfileViews views;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    CvUploads(CvTextExtractor extractor, CvParsing parsing, CvDocuments documents, ProfileStore profiles,
            UserSkills skills, ProfileViews views, TransactionTemplate transaction, ApplicationEventPublisher events,
            JsonMapper json) {
        this.extractor = extractor;
        this.parsing = parsing;
        this.documents = documents;
        this.profiles = profiles;
        this.skills = skills;
        this.views = views;
        this.transaction = transaction;
        this.events = events;
        this.json = json;
    }

    UploadResult upload(UserId user, String filename, byte[] content) {
        ExtractedCv extracted = extractor.extract(content);
        ParseOutcome outcome = parsing.parse(extracted.text());
        UUID id = transaction.execute(status -> {
            UUID stored = documents.insert(user, filename, extracted.kind().mediaType(), content, extracted.text(),
                    CvParsing.sha256(extracted.text()), outcome.parser(), json.writeValueAsString(outcome.parsed()));
            profiles.applyParsed(user, outcome.parsed());
            skills.replaceFromCv(user, outcome.parsed().skills());
            return stored;
        });
        events.publishEvent(new ProfileUpdated(user));
        CvDocument document = documents.latest(user).filter(d -> d.id().equals(id)).orElseThrow();
        return new UploadResult(document, outcome.parser(), outcome.fallbackReason(), outcome.cached(), outcome.parsed(),
                views.view(user));
    }
}
