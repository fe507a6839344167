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
 * A representation of the literals of the enumeration '<em><b>Curvature Operator Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.losslandscape.analysis.flatness.model.FlatnessPackage#getCurvatureOperatorKind()
 * @model
 * @generated
 */
public enum CurvatureOperatorKind implements Enumerator {
	/**
	 * The '<em><b>HESSIAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HESSIAN_VALUE
	 * @generated
	 * @ordered
	 */
	HESSIAN(0, "HESSIAN", "HESSIAN"),

	/**
	 * The '<em><b>GAUSS NEWTON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GAUSS_NEWTON_VALUE
	 * @generated
	 * @ordered
	 */
	GAUSS_NEWTON(1, "GAUSS_NEWTON", "GAUSS_NEWTON"),

	/**
	 * The '<em><b>EMPIRICAL FISHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMPIRICAL_FISHER_VALUE
	 * @generated
	 * @ordered
	 */
	EMPIRICAL_FISHER(2, "EMPIRICAL_FISHER", "EMPIRICAL_FISHER");

	/**
	 * The '<em><b>HESSIAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HESSIAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HESSIAN_VALUE = 0;

	/**
	 * The '<em><b>GAUSS NEWTON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GAUSS_NEWTON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GAUSS_NEWTON_VALUE = 1;

	/**
	 * The '<em><b>EMPIRICAL FISHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMPIRICAL_FISHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EMPIRICAL_FISHER_VALUE = 2;

	/**
	 * An array of all the '<em><b>Curvature Operator Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CurvatureOperatorKind[] VALUES_ARRAY =
		new CurvatureOperatorKind[] {
			HESSIAN,
			GAUSS_NEWTON,
			EMPIRICAL_FISHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Curvature Operator Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CurvatureOperatorKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Curvature Operator Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CurvatureOperatorKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CurvatureOperatorKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Curvature Operator Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CurvatureOperatorKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CurvatureOperatorKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Curvature Operator Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CurvatureOperatorKind get(int value) {
		switch (value) {
			case HESSIAN_VALUE: return HESSIAN;
			case GAUSS_NEWTON_VALUE: return GAUSS_NEWTON;
			case EMPIRICAL_FISHER_VALUE: return EMPIRICAL_FISHER;
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
	private CurvatureOperatorKind(int value, String name, String literal) {
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
	
} //CurvatureOperatorKind
