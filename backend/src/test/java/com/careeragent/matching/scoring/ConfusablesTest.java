package com.careeragent.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfusablesTest {

    @Test
    void lookalikeLettersReadAsTheLatinLettersTheyCopy() {
        assertThat(Confusables.fold("\uA4DFachine \uA4E1earning \uA4E3esearcher")).isEqualTo("Machine Learning Researcher");
        assertThat(Confusables.fold("D\u0435veloper")).isEqualTo("Developer");
        assertThat(TitleWords.of("\uA4DFachine \uA4E1earning \uA4E3esearcher", null))
                .isEqualTo(TitleWords.of("Machine Learning Researcher", null));
    }

    @Test
    void realCyrillicAndGreekWordsAndPlainTitlesStayAsTheyAre() {
        assertThat(Confusables.fold("Разработчик Python")).isEqualTo("Разработчик Python");
        assertThat(Confusables.fold("Μηχανικός")).isEqualTo("Μηχανικός");
        assertThat(Confusables.fold("Senior Backend Engineer")).isEqualTo("Senior Backend Engineer");
    }
}
