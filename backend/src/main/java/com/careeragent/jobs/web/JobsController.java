package com.careeragent.jobs.web;

import java.time.Duration;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.careeragent.jobs.search.JobDetail;
import com.careeragent.jobs.search.JobDetails;
import com.careeragent.jobs.search.JobQuery;
import com.careeragent.jobs.search.JobSearch;
import com.careeragent.jobs.search.JobSearchResult;
import com.careeragent.jobs.search.SkillNames;
import com.careeragent.shared.web.ApiProblem;

@RestController
@RequestMapping("/api/jobs")
@Tag(name = "jobs", description = "Search and read jobs")
class JobsController {

    private static final CacheControl LIST_CACHING = CacheControl.maxAge(Duration.ofSeconds(30)).cachePublic();
    private static final CacheControl DETAIL_CACHING = CacheControl.maxAge(Duration.ofSeconds(120)).cachePublic();

    private final JobSearch search;
    private final JobDetails details;
    private final JobQueryParser parser;
    private final SkillNames skillNames;
    private final CacheableResponses responses;

    JobsController(JobSearch search, JobDetails details, JobQueryParser parser, SkillNames skillNames,
            CacheableResponses responses) {
        this.search = search;
        this.details = details;
        this.parser = parser;
        this.skillNames = skillNames;
        this.responses = responses;
    }

    @GetMapping
    @SecurityRequirements
    @Operation(operationId = "searchJobs", summary = "Search jobs: full text, filters, facets, pages")
    ResponseEntity<JobPage> search(@ParameterObject JobSearchParams params) {
        JobQuery query = parser.parse(params);
        query = query.withSkills(skillNames.canonical(query.skills()));
        JobSearchResult result = search.search(query);
        JobPage page = new JobPage(result.items(), result.total(), result.totalIsEstimate(), query.page(),
                query.size(), result.sort().wireName(), result.facets());
        return responses.ok(page, LIST_CACHING);
    }

    @GetMapping("/{id}")
    @SecurityRequirements
    @Operation(operationId = "getJob", summary = "A job with its description and duplicates")
    ResponseEntity<JobDetail> get(@Parameter(description = "Job id") @PathVariable String id) {
        JobDetail job = parseId(id).flatMap(details::find)
                .orElseThrow(() -> ApiProblem.notFound("No job with id '" + id + "'."));
        return responses.ok(job, DETAIL_CACHING);
    }

    private static Optional<Long> parseId(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
