package io.github.cloudsync.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.plan.NoticeSubject;
import io.github.cloudsync.plan.Plan;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every permitted notice subject is worded, the same words in text, Markdown and plan.json. */
class EveryNoticeRendersTest {
    private static final Plan.Notice WORDED = new Plan.Notice("secrets", "something holds", "do this");
    private static final Plan.Notice THRESHOLD_KEPT = new Plan.Notice(
            "job/AD2AADPasswordHash",
            new NoticeSubject.JobDeleteThresholdDiffers(
                    JobTemplate.PASSWORD_HASH, "AD2AADPasswordHash.1", 500, 50, false, "p.yaml"));
    private static final Plan.Notice THRESHOLD_WRITTEN = new Plan.Notice(
            "job/AD2AADProvisioning",
            new NoticeSubject.JobDeleteThresholdDiffers(
                    JobTemplate.PROVISIONING, "AD2AADProvisioning.1", 500, 50, true, "p.yaml"));
    private static final List<Plan.Notice> SAMPLES = List.of(WORDED, THRESHOLD_KEPT, THRESHOLD_WRITTEN);

    @Test
    void theSamplesCoverEverySubject() {
        assertThat(SAMPLES.stream().<Class<?>>map(n -> n.subject().getClass()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(NoticeSubject.class.getPermittedSubclasses());
    }

    @Test
    void theThresholdNoticeNamesBothThresholdsAndTheRestartOfThatJob() {
        assertThat(NoticeText.message(THRESHOLD_KEPT))
                .isEqualTo("AD2AADPasswordHash job AD2AADPasswordHash.1 carries the job setting"
                        + " QuarantineTooManyDeletesThreshold 500; the profile's accidentalDeletes.threshold is 50");
        assertThat(NoticeText.whatToDo(THRESHOLD_KEPT))
                .isEqualTo("SyncNotificationSettings already holds 50; restart the job so it reads the threshold again:"
                        + " cloudsync restart -p p.yaml --scope quarantine --job AD2AADPasswordHash");
        assertThat(NoticeText.whatToDo(THRESHOLD_WRITTEN))
                .isEqualTo(
                        "apply writes 50 to SyncNotificationSettings; if the job still carries 500 afterwards,"
                                + " restart it so it reads the threshold again: cloudsync restart -p p.yaml --scope quarantine");
    }

    @Test
    void everyRendererShowsTheSameWords() {
        Plan plan = new Plan(List.of(), SAMPLES);
        String text = TextRenderer.render(plan);
        String markdown = MarkdownRenderer.render(plan);
        JsonNode json = JsonMapper.shared().readTree(JsonRenderer.render(plan));

        for (int i = 0; i < SAMPLES.size(); i++) {
            Plan.Notice notice = SAMPLES.get(i);
            String message = NoticeText.message(notice);
            String whatToDo = NoticeText.whatToDo(notice);
            assertThat(text).contains(notice.address() + ": " + message).contains(whatToDo);
            assertThat(markdown).contains(message).contains(whatToDo);
            assertThat(json.at("/notices/" + i + "/message").asString()).isEqualTo(message);
            assertThat(json.at("/notices/" + i + "/what_to_do").asString()).isEqualTo(whatToDo);
        }
    }
}
