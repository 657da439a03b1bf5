package org.attribution.serve;

import org.attribution.Profile;
import org.attribution.io.AttributionJson;
import org.attribution.pipeline.ProfileStages;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code GET /version} says: the software, each profile loaded (the first the default) with
 * the CoreNLP annotators and trained files it runs, and the limits a client meets.
 *
 * <p>Stateless and thread-safe.
 */
final class ServiceInfo {

  private ServiceInfo() {}

  static ObjectNode of(ServiceOptions options) {
    ObjectNode info = AttributionJson.MAPPER.createObjectNode();
    info.put("version", options.version());
    info.put("defaultProfile", options.profiles().get(0).name());
    ArrayNode profiles = info.putArray("profiles");
    for (Profile profile : options.profiles()) {
      ProfileStages stages = ProfileStages.of(profile);
      ObjectNode entry = profiles.addObject().put("profile", profile.name());
      ArrayNode annotators = entry.putArray("corenlpAnnotators");
      for (String annotator : stages.corenlpProperties().getProperty("annotators").split(",")) {
        annotators.add(annotator);
      }
      ArrayNode models = entry.putArray("models");
      stages.modelFiles().forEach(models::add);
    }
    info.putObject("limits")
        .put("threads", options.threads())
        .put("queue", options.queue())
        .put("maxBodyBytes", options.maxBodyBytes())
        .put("maxChars", options.maxChars())
        .put("docTimeoutSeconds", options.docTimeout().toMillis() / 1000.0);
    return info;
  }
}
