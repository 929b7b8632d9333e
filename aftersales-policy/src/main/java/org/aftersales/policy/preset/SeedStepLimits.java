package org.aftersales.policy.preset;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.SlaPolicy;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.deadline.SlaRule;
import org.aftersales.policy.sla.StepLimit;
import org.aftersales.policy.source.RuleRef;

/**
 * The core's seed time limits as cited step limits: a preset names the source of the steps its
 * rules speak of and replaces the limits they set; every other step keeps the seed limit, cited as
 * the library default.
 */
final class SeedStepLimits {

  private final String idPrefix;
  private final String defaultSource;
  private final Map<DeadlineKind, StepLimit> limits = new EnumMap<>(DeadlineKind.class);

  private SeedStepLimits(String idPrefix, String defaultSource) {
    this.idPrefix = idPrefix;
    this.defaultSource = defaultSource;
    SlaPolicy seed = SlaPolicy.seedDefaults();
    for (DeadlineKind kind : DeadlineKind.values()) {
      // The seed sets no per-type overrides, so any case type reads the shared rule.
      seed.rule(CaseType.RETURN_AND_REFUND, kind)
          .ifPresent(rule -> limits.put(kind, StepLimit.of(ref(kind, defaultSource), kind, rule)));
    }
  }

  /** Starts from the seed limits; each step's id is {@code idPrefix} and the step's name. */
  static SeedStepLimits startingFrom(String idPrefix, String defaultSource) {
    return new SeedStepLimits(idPrefix, defaultSource);
  }

  /** Keeps the seed limit of a step but cites the source that sets it. */
  SeedStepLimits citing(DeadlineKind kind, String source) {
    SlaRule rule = limits.get(kind).rule().orElseThrow();
    limits.put(kind, StepLimit.of(ref(kind, source), kind, rule));
    return this;
  }

  /** Replaces the limit of a step, citing its source. */
  SeedStepLimits replacing(DeadlineKind kind, SlaRule rule, String source) {
    limits.put(kind, StepLimit.of(ref(kind, source), kind, rule));
    return this;
  }

  List<StepLimit> steps() {
    return new ArrayList<>(limits.values());
  }

  private RuleRef ref(DeadlineKind kind, String source) {
    return RuleRef.of(idPrefix + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'), source);
  }

  /** Returns the source text for a step the preset's statute or rules say nothing about. */
  static String libraryDefault(String statute) {
    return "aftersales library seed default; " + statute + " sets no limit for this step";
  }
}
