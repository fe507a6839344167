/** The generated implementation of the training-dynamics analyses' model. Not API. */
package org.losslandscape.analysis.dynamics.model.impl;
