package reassort.engine.policy;

/** Something the planner should look at on a proposal: a stable key and an English sentence with the values. */
public record Flag(String key, String text) {}
