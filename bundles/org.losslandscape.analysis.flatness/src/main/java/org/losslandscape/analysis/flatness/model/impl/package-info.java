/** The generated implementation of the flatness analyses' model. Not API. */
package org.losslandscape.analysis.flatness.model.impl;
