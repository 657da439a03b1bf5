package org.attribution.pipeline;

import com.google.common.base.Suppliers;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.attribution.Profile;

/** One pipeline of each profile for all tests of a run, loaded on first use. */
public final class ProfilePipelines {

  private static final Map<Profile, Supplier<AttributionPipeline>> SHARED =
      new EnumMap<>(Profile.class);

  static {
    SHARED.put(Profile.FAST, FastTestPipeline.SHARED);
    SHARED.put(Profile.ACCURATE, TestPipeline.SHARED);
    SHARED.put(
        Profile.LEARNED,
        Suppliers.memoize(() -> AttributionPipeline.create(null, Profile.LEARNED)));
  }

  private ProfilePipelines() {}

  public static AttributionPipeline of(Profile profile) {
    return SHARED.get(profile).get();
  }
}
