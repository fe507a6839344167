/** The generated implementation of the critical-points analysis's model. Not API. */
package org.losslandscape.analysis.critical.model.impl;
