package io.github.cloudsync.model;

/** A saved plan is about to be applied to another Graph than the one it was made against. */
public final class PlanForOtherGraph extends CloudsyncException {
    private final String madeAgainst;
    private final String appliedTo;

    public PlanForOtherGraph(String madeAgainst, String appliedTo) {
        super("the plan was made against " + madeAgainst + ", not " + appliedTo, null);
        this.madeAgainst = madeAgainst;
        this.appliedTo = appliedTo;
    }

    @Override
    public String failureCode() {
        return "plan_for_other_graph";
    }

    public String madeAgainst() {
        return madeAgainst;
    }

    public String appliedTo() {
        return appliedTo;
    }
}
