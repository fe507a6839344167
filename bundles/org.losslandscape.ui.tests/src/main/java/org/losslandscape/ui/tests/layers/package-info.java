/**
 * A layer kind this test bundle contributes as a Declarative Services component (OSGI-INF), as a third party's
 * bundle would, for {@code AnalysisKindServiceTest}.
 */
package org.losslandscape.ui.tests.layers;
