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
 * A representation of the literals of the enumeration '<em><b>Direction Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.losslandscape.model.LandscapePackage#getDirectionKind()
 * @model
 * @generated
 */
public enum DirectionKind implements Enumerator {
	/**
	 * The '<em><b>RANDOM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RANDOM_VALUE
	 * @generated
	 * @ordered
	 */
	RANDOM(0, "RANDOM", "RANDOM"),

	/**
	 * The '<em><b>FILTER NORMALISED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FILTER_NORMALISED_VALUE
	 * @generated
	 * @ordered
	 */
	FILTER_NORMALISED(1, "FILTER_NORMALISED", "FILTER_NORMALISED"),

	/**
	 * The '<em><b>LAYER NORMALISED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAYER_NORMALISED_VALUE
	 * @generated
	 * @ordered
	 */
	LAYER_NORMALISED(2, "LAYER_NORMALISED", "LAYER_NORMALISED"),

	/**
	 * The '<em><b>PCA TRAJECTORY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PCA_TRAJECTORY_VALUE
	 * @generated
	 * @ordered
	 */
	PCA_TRAJECTORY(3, "PCA_TRAJECTORY", "PCA_TRAJECTORY"),

	/**
	 * The '<em><b>INTERPOLATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERPOLATION_VALUE
	 * @generated
	 * @ordered
	 */
	INTERPOLATION(4, "INTERPOLATION", "INTERPOLATION"),

	/**
	 * The '<em><b>THREE POINT PLANE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THREE_POINT_PLANE_VALUE
	 * @generated
	 * @ordered
	 */
	THREE_POINT_PLANE(5, "THREE_POINT_PLANE", "THREE_POINT_PLANE");

	/**
	 * The '<em><b>RANDOM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RANDOM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RANDOM_VALUE = 0;

	/**
	 * The '<em><b>FILTER NORMALISED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FILTER_NORMALISED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FILTER_NORMALISED_VALUE = 1;

	/**
	 * The '<em><b>LAYER NORMALISED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAYER_NORMALISED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LAYER_NORMALISED_VALUE = 2;

	/**
	 * The '<em><b>PCA TRAJECTORY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PCA_TRAJECTORY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PCA_TRAJECTORY_VALUE = 3;

	/**
	 * The '<em><b>INTERPOLATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERPOLATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERPOLATION_VALUE = 4;

	/**
	 * The '<em><b>THREE POINT PLANE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THREE_POINT_PLANE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int THREE_POINT_PLANE_VALUE = 5;

	/**
	 * An array of all the '<em><b>Direction Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DirectionKind[] VALUES_ARRAY =
		new DirectionKind[] {
			RANDOM,
			FILTER_NORMALISED,
			LAYER_NORMALISED,
			PCA_TRAJECTORY,
			INTERPOLATION,
			THREE_POINT_PLANE,
		};

	/**
	 * A public read-only list of all the '<em><b>Direction Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DirectionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Direction Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DirectionKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DirectionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Direction Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DirectionKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DirectionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Direction Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DirectionKind get(int value) {
		switch (value) {
			case RANDOM_VALUE: return RANDOM;
			case FILTER_NORMALISED_VALUE: return FILTER_NORMALISED;
			case LAYER_NORMALISED_VALUE: return LAYER_NORMALISED;
			case PCA_TRAJECTORY_VALUE: return PCA_TRAJECTORY;
			case INTERPOLATION_VALUE: return INTERPOLATION;
			case THREE_POINT_PLANE_VALUE: return THREE_POINT_PLANE;
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
	private DirectionKind(int value, String name, String literal) {
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
	
} //DirectionKind
