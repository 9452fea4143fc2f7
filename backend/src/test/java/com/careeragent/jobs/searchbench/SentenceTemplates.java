package com.careeragent.jobs.searchbench;

import java.util.List;

/**
 * Sentence templates per section of a posting. Slots: {company} {domain} {team} {skill} {skill2} {duty}
 * {years} {word} {benefit} {city} {title}.
 */
final class SentenceTemplates {

    static final List<String> ABOUT = List.of(
            "{company} is building the operating system for {domain}.",
            "At {company}, we help thousands of teams in {domain} move faster.",
            "{company} was founded in 2016 and has grown to more than 300 people across four continents.",
            "We are a profitable, bootstrapped company in {domain} with customers in over 40 countries.",
            "Our mission is to make {domain} simple, fair and accessible for everyone.",
            "Backed by leading investors, {company} recently closed its Series B round.",
            "Our flagship product, {word}, is used by over two million people every month.",
            "{company} is a remote-first company with team members in more than 20 countries.",
            "We believe small, autonomous teams build the best products.",
            "Since launching {word} we have tripled our revenue every year.",
            "Our customers range from fast-growing startups to Fortune 500 companies in {domain}.",
            "We're a small team with a big impact, and we are just getting started.",
            "{company} combines deep expertise in {domain} with modern technology.",
            "Our headquarters are in {city}, but most of the team works remotely.");

    static final List<String> ROLE = List.of(
            "As a {title} on the {team} team, you will {duty}.",
            "We are looking for a {title} who wants to {duty} and grow with us.",
            "In this role you will work closely with product, design and engineering to {duty}.",
            "You will join a team of {years} engineers that owns {word}, one of our core systems.",
            "This is a unique opportunity to {duty} at a company that is scaling quickly.",
            "Your work will directly impact how our customers in {domain} do their jobs every day.",
            "You'll report to the Head of {team} and partner with stakeholders across the company.",
            "The {team} team is responsible for {word} and the services around it.",
            "You will have real ownership from the first week and the freedom to {duty}.",
            "We ship small changes many times a day and care about craftsmanship.");

    static final List<String> RESPONSIBILITIES = List.of(
            "Design, build and maintain {skill} services that handle millions of requests.",
            "Collaborate with cross-functional teams to {duty}.",
            "Write clean, well-tested code in {skill} and {skill2}.",
            "Participate in code reviews and help raise the bar for engineering quality.",
            "Own features from the initial idea through to production and beyond.",
            "Improve the performance, reliability and observability of {word}.",
            "Mentor other team members and share knowledge across the organisation.",
            "Work with customers to understand their needs and translate them into solutions.",
            "Contribute to technical decisions and our long-term roadmap.",
            "Help us migrate legacy systems to {skill}.",
            "Take part in an on-call rotation with a healthy, well-compensated schedule.",
            "Document processes and make the team more effective.",
            "Analyse data to identify opportunities and measure the impact of your work.",
            "Build internal tooling on top of {skill} that makes everyone more productive.");

    static final List<String> REQUIREMENTS = List.of(
            "{years}+ years of professional experience with {skill}.",
            "Strong knowledge of {skill} and {skill2}.",
            "Hands-on experience with {skill} in a production environment.",
            "Experience building and operating systems with {skill}.",
            "Excellent written and verbal communication skills in English.",
            "A track record of shipping high-quality work in a fast-paced environment.",
            "Familiarity with {skill} or a willingness to learn it quickly.",
            "Comfortable working asynchronously across time zones.",
            "Solid understanding of software engineering best practices, testing and CI/CD.",
            "Experience in {domain} is a strong plus.",
            "A degree in computer science or equivalent practical experience.",
            "You care about users and sweat the details.",
            "Ability to break down ambiguous problems and drive them to completion.");

    static final List<String> NICE_TO_HAVE = List.of(
            "Experience with {skill}.",
            "Contributions to open source projects.",
            "Knowledge of {skill} and {skill2}.",
            "Previous experience at an early-stage startup.",
            "Familiarity with {domain} regulations.",
            "You have used {word} or similar tools before.");

    static final List<String> CLOSING = List.of(
            "{company} is an equal opportunity employer. We celebrate diversity and are committed to creating "
                    + "an inclusive environment for all employees.",
            "We welcome applicants of all backgrounds and do not discriminate on the basis of race, religion, "
                    + "colour, national origin, gender, sexual orientation, age, marital status or disability.",
            "If you need any accommodations during the interview process, please let us know.",
            "Our interview process has four steps: an intro call, a take-home exercise, a technical interview "
                    + "and a meeting with the founders.",
            "Please apply even if you don't meet every requirement; we value potential as much as experience.",
            "This position is open to candidates located within the listed time zones.");

    private SentenceTemplates() {
    }
}
