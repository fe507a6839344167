package org.losslandscape.compute.toy;

/** Kind of a critical point, from the signs of the Hessian's eigenvalues. */
public enum CriticalPointType {
    /** both eigenvalues positive */
    MINIMUM,
    /** eigenvalues of both signs */
    SADDLE,
    /** both eigenvalues negative */
    MAXIMUM,
    /** an eigenvalue is (numerically) zero: the second-order test is inconclusive, e.g. the monkey saddle */
    DEGENERATE
}
