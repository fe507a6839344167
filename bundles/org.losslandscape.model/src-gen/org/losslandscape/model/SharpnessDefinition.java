/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Sharpness Definition</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.losslandscape.model.LandscapePackage#getSharpnessDefinition()
 * @model
 * @generated
 */
public enum SharpnessDefinition implements Enumerator {
	/**
	 * The '<em><b>LAMBDA MAX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAMBDA_MAX_VALUE
	 * @generated
	 * @ordered
	 */
	LAMBDA_MAX(0, "LAMBDA_MAX", "LAMBDA_MAX"),

	/**
	 * The '<em><b>TRACE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRACE_VALUE
	 * @generated
	 * @ordered
	 */
	TRACE(1, "TRACE", "TRACE"),

	/**
	 * The '<em><b>EPSILON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EPSILON_VALUE
	 * @generated
	 * @ordered
	 */
	EPSILON(2, "EPSILON", "EPSILON"),

	/**
	 * The '<em><b>GAUSSIAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GAUSSIAN_VALUE
	 * @generated
	 * @ordered
	 */
	GAUSSIAN(3, "GAUSSIAN", "GAUSSIAN"),

	/**
	 * The '<em><b>ADAPTIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADAPTIVE_VALUE
	 * @generated
	 * @ordered
	 */
	ADAPTIVE(4, "ADAPTIVE", "ADAPTIVE");

	/**
	 * The '<em><b>LAMBDA MAX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAMBDA_MAX
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LAMBDA_MAX_VALUE = 0;

	/**
	 * The '<em><b>TRACE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRACE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRACE_VALUE = 1;

	/**
	 * The '<em><b>EPSILON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EPSILON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EPSILON_VALUE = 2;

	/**
	 * The '<em><b>GAUSSIAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GAUSSIAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GAUSSIAN_VALUE = 3;

	/**
	 * The '<em><b>ADAPTIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADAPTIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADAPTIVE_VALUE = 4;

	/**
	 * An array of all the '<em><b>Sharpness Definition</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SharpnessDefinition[] VALUES_ARRAY =
		new SharpnessDefinition[] {
			LAMBDA_MAX,
			TRACE,
			EPSILON,
			GAUSSIAN,
			ADAPTIVE,
		};

	/**
	 * A public read-only list of all the '<em><b>Sharpness Definition</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SharpnessDefinition> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Sharpness Definition</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SharpnessDefinition get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SharpnessDefinition result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Sharpness Definition</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SharpnessDefinition getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SharpnessDefinition result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Sharpness Definition</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SharpnessDefinition get(int value) {
		switch (value) {
			case LAMBDA_MAX_VALUE: return LAMBDA_MAX;
			case TRACE_VALUE: return TRACE;
			case EPSILON_VALUE: return EPSILON;
			case GAUSSIAN_VALUE: return GAUSSIAN;
			case ADAPTIVE_VALUE: return ADAPTIVE;
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
	private SharpnessDefinition(int value, String name, String literal) {
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
	
} //SharpnessDefinition
