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
 * A representation of the literals of the enumeration '<em><b>Result Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.losslandscape.model.LandscapePackage#getResultKind()
 * @model
 * @generated
 */
public enum ResultKind implements Enumerator {
	/**
	 * The '<em><b>CURVES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CURVES_VALUE
	 * @generated
	 * @ordered
	 */
	CURVES(0, "CURVES", "CURVES"),

	/**
	 * The '<em><b>SURFACE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SURFACE_VALUE
	 * @generated
	 * @ordered
	 */
	SURFACE(1, "SURFACE", "SURFACE"),

	/**
	 * The '<em><b>CHECKPOINT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHECKPOINT_VALUE
	 * @generated
	 * @ordered
	 */
	CHECKPOINT(2, "CHECKPOINT", "CHECKPOINT"),

	/**
	 * The '<em><b>SPECTRUM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPECTRUM_VALUE
	 * @generated
	 * @ordered
	 */
	SPECTRUM(3, "SPECTRUM", "SPECTRUM"),

	/**
	 * The '<em><b>TRAJECTORY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAJECTORY_VALUE
	 * @generated
	 * @ordered
	 */
	TRAJECTORY(4, "TRAJECTORY", "TRAJECTORY"),

	/**
	 * The '<em><b>DENSITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DENSITY_VALUE
	 * @generated
	 * @ordered
	 */
	DENSITY(5, "DENSITY", "DENSITY"),

	/**
	 * The '<em><b>SHARPNESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHARPNESS_VALUE
	 * @generated
	 * @ordered
	 */
	SHARPNESS(6, "SHARPNESS", "SHARPNESS"),

	/**
	 * The '<em><b>EOS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EOS_VALUE
	 * @generated
	 * @ordered
	 */
	EOS(7, "EOS", "EOS"),

	/**
	 * The '<em><b>CONNECTIVITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONNECTIVITY_VALUE
	 * @generated
	 * @ordered
	 */
	CONNECTIVITY(8, "CONNECTIVITY", "CONNECTIVITY"),

	/**
	 * The '<em><b>PROGRESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROGRESS_VALUE
	 * @generated
	 * @ordered
	 */
	PROGRESS(9, "PROGRESS", "PROGRESS"),

	/**
	 * The '<em><b>TOY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOY_VALUE
	 * @generated
	 * @ordered
	 */
	TOY(10, "TOY", "TOY");

	/**
	 * The '<em><b>CURVES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CURVES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CURVES_VALUE = 0;

	/**
	 * The '<em><b>SURFACE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SURFACE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SURFACE_VALUE = 1;

	/**
	 * The '<em><b>CHECKPOINT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHECKPOINT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHECKPOINT_VALUE = 2;

	/**
	 * The '<em><b>SPECTRUM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPECTRUM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SPECTRUM_VALUE = 3;

	/**
	 * The '<em><b>TRAJECTORY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAJECTORY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRAJECTORY_VALUE = 4;

	/**
	 * The '<em><b>DENSITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DENSITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DENSITY_VALUE = 5;

	/**
	 * The '<em><b>SHARPNESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHARPNESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SHARPNESS_VALUE = 6;

	/**
	 * The '<em><b>EOS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EOS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EOS_VALUE = 7;

	/**
	 * The '<em><b>CONNECTIVITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONNECTIVITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONNECTIVITY_VALUE = 8;

	/**
	 * The '<em><b>PROGRESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROGRESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROGRESS_VALUE = 9;

	/**
	 * The '<em><b>TOY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TOY_VALUE = 10;

	/**
	 * An array of all the '<em><b>Result Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ResultKind[] VALUES_ARRAY =
		new ResultKind[] {
			CURVES,
			SURFACE,
			CHECKPOINT,
			SPECTRUM,
			TRAJECTORY,
			DENSITY,
			SHARPNESS,
			EOS,
			CONNECTIVITY,
			PROGRESS,
			TOY,
		};

	/**
	 * A public read-only list of all the '<em><b>Result Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ResultKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Result Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ResultKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ResultKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Result Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ResultKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ResultKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Result Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ResultKind get(int value) {
		switch (value) {
			case CURVES_VALUE: return CURVES;
			case SURFACE_VALUE: return SURFACE;
			case CHECKPOINT_VALUE: return CHECKPOINT;
			case SPECTRUM_VALUE: return SPECTRUM;
			case TRAJECTORY_VALUE: return TRAJECTORY;
			case DENSITY_VALUE: return DENSITY;
			case SHARPNESS_VALUE: return SHARPNESS;
			case EOS_VALUE: return EOS;
			case CONNECTIVITY_VALUE: return CONNECTIVITY;
			case PROGRESS_VALUE: return PROGRESS;
			case TOY_VALUE: return TOY;
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
	private ResultKind(int value, String name, String literal) {
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
	
} //ResultKind
