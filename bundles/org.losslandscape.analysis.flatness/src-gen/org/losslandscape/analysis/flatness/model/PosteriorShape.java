/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.analysis.flatness.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Posterior Shape</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.losslandscape.analysis.flatness.model.FlatnessPackage#getPosteriorShape()
 * @model
 * @generated
 */
public enum PosteriorShape implements Enumerator {
	/**
	 * The '<em><b>ISOTROPIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ISOTROPIC_VALUE
	 * @generated
	 * @ordered
	 */
	ISOTROPIC(0, "ISOTROPIC", "ISOTROPIC"),

	/**
	 * The '<em><b>LAYERWISE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAYERWISE_VALUE
	 * @generated
	 * @ordered
	 */
	LAYERWISE(1, "LAYERWISE", "LAYERWISE");

	/**
	 * The '<em><b>ISOTROPIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ISOTROPIC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ISOTROPIC_VALUE = 0;

	/**
	 * The '<em><b>LAYERWISE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAYERWISE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LAYERWISE_VALUE = 1;

	/**
	 * An array of all the '<em><b>Posterior Shape</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PosteriorShape[] VALUES_ARRAY =
		new PosteriorShape[] {
			ISOTROPIC,
			LAYERWISE,
		};

	/**
	 * A public read-only list of all the '<em><b>Posterior Shape</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PosteriorShape> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Posterior Shape</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PosteriorShape get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PosteriorShape result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Posterior Shape</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PosteriorShape getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PosteriorShape result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Posterior Shape</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PosteriorShape get(int value) {
		switch (value) {
			case ISOTROPIC_VALUE: return ISOTROPIC;
			case LAYERWISE_VALUE: return LAYERWISE;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private PosteriorShape(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //PosteriorShape
