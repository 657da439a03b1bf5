package org.attribution.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attribution.Profile;
import org.junit.jupiter.api.Test;

class CoreNlpSettingsTest {

  @Test
  void theJarShipsExactlyTheCoreNlpModelsTheProfilesLoad() throws IOException {
    Matcher shipped =
        Pattern.compile("<corenlp.models>([^<]*)</corenlp.models>")
            .matcher(Files.readString(Path.of("pom.xml")));
    assertThat(shipped.find()).isTrue();
    Set<String> loaded = new LinkedHashSet<>();
    for (Profile profile : Profile.values()) {
      loaded.addAll(CoreNlpSettings.models(profile));
    }

    assertThat(List.of(shipped.group(1).split(","))).containsExactlyInAnyOrderElementsOf(loaded);
  }

  @Test
  void theFastProfileLoadsNoCoreNlpModel() {
    assertThat(CoreNlpSettings.models(Profile.FAST)).isEmpty();
    CoreNlpSettings.checkModels(Profile.FAST);
  }
}
