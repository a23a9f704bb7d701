package io.github.cloudsync.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one rule that tells a job's managed template: its templateId, else its id's prefix (docs/graph.md 16.11). */
class JobTemplateTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            value = {
                "AD2AADProvisioning.1111.2222|AD2AADProvisioning|PROVISIONING",
                "AD2AADProvisioning.1111.2222|ADDCInPassthrough|PROVISIONING",
                "AD2AADPasswordHash.1111.2222|SomeInternalName|PASSWORD_HASH",
                "AAD2ADExchangeHybridWriteback.1111.2222|Other|EXCHANGE_WRITEBACK",
                "custom-job-id|AD2AADPasswordHash|PASSWORD_HASH",
                "AD2AADProvisioning.1111.2222|AD2AADPasswordHash|PASSWORD_HASH",
                "AD2AADProvisioningX.1111|ADDCInPassthrough|none",
                "AD2AADProvisioning|ADDCInPassthrough|none",
                "scim.1111|scim|none"
            })
    void templateIdFirstThenIdPrefix(String id, String templateId, JobTemplate expected) {
        Job job = new Job(id, templateId, ScheduleState.ACTIVE, "PT40M", JobStatus.of("Active"));

        assertThat(JobTemplate.of(id, templateId)).isEqualTo(Optional.ofNullable(expected));
        assertThat(job.template()).isEqualTo(Optional.ofNullable(expected));
        for (JobTemplate template : JobTemplate.values()) {
            assertThat(job.is(template)).as(template.name()).isEqualTo(template == expected);
        }
        assertThat(job.templateName()).isEqualTo(expected == null ? templateId : expected.templateId());
        assertThat(job.ofTemplate(job.templateName())).isTrue();
        assertThat(job.ofTemplate("AD2AADProvisioning")).isEqualTo(expected == JobTemplate.PROVISIONING);
    }
}
