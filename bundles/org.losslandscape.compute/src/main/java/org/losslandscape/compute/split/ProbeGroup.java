package org.losslandscape.compute.split;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One task of a Hutchinson trace ({@link org.losslandscape.compute.request.TraceRequest}): probes {@code from} to
 * {@code to − 1}. Their samples, put together in probe order, give the bits of the whole estimate.
 *
 * @param index the group's position
 * @param from first probe
 * @param to one past the last probe
 */
public record ProbeGroup(int index, int from, int to) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * @param probes the estimate's probes, ≥ 1
     * @param perGroup probes per group, ≥ 1
     * @return consecutive groups covering every probe once
     */
    public static List<ProbeGroup> of(int probes, int perGroup) {
        if (probes < 1 || perGroup < 1) {
            throw new IllegalArgumentException("probes and probes per group must be ≥ 1");
        }
        List<ProbeGroup> groups = new ArrayList<>();
        for (int from = 0; from < probes; from += perGroup) {
            groups.add(new ProbeGroup(groups.size(), from, Math.min(probes, from + perGroup)));
        }
        return groups;
    }

    /**
     * @param samples the samples of each group, by group index
     * @return every probe's sample, in probe order
     * @throws IllegalArgumentException when a group is missing or has the wrong size
     */
    public static double[] join(List<ProbeGroup> groups, java.util.Map<Integer, double[]> samples) {
        int probes = groups.isEmpty() ? 0 : groups.get(groups.size() - 1).to();
        double[] all = new double[probes];
        for (ProbeGroup g : groups) {
            double[] s = samples.get(g.index());
            if (s == null || s.length != g.to() - g.from()) {
                throw new IllegalArgumentException("group " + g.index() + " of probes " + g.from() + "–" + g.to()
                        + (s == null ? " is missing" : " has " + s.length + " samples"));
            }
            System.arraycopy(s, 0, all, g.from(), s.length);
        }
        return all;
    }
}
