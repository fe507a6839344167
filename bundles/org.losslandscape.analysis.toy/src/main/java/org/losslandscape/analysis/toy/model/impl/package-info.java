/** Generated implementation of the toy-surface model (internal). */
package org.losslandscape.analysis.toy.model.impl;
