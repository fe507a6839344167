/**
 * The experiment model (API): {@link org.losslandscape.model.Experiment} is the root of a {@code .landscape} file
 * (XMI, namespace {@code http://losslandscape.org/model/1.0}); {@link org.losslandscape.model.LandscapeFactory}
 * creates objects, {@link org.losslandscape.model.LandscapePackage} describes them. The classes of this package are
 * generated into {@code src-gen/} from {@code model/landscape.genmodel} by {@code generate.sh}; never edit them, change
 * the .ecore and regenerate. Only this file is hand-written.
 */
package org.losslandscape.model;
