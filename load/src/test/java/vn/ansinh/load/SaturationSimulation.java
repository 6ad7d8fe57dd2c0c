package vn.ansinh.load;

/**
 * The officials of {@link OfficialsSimulation}, with steps of LOAD_STEP seconds whose think time is divided by 1, 2,
 * 4, 8, 16, 32 (LOAD_FACTORS): the load doubles at each step; the saturation point is the step after which the
 * throughput stops growing while the latencies climb.
 */
public class SaturationSimulation extends OfficialsSimulation {

    public SaturationSimulation() {
        super(factors());
    }

    private static int[] factors() {
        String[] parts = Officials.env("LOAD_FACTORS", "1,2,4,8,16,32").split(",");
        int[] factors = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            factors[i] = Integer.parseInt(parts[i].trim());
        }
        return factors;
    }
}
