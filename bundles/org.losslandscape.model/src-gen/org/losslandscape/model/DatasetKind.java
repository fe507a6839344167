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
 * A representation of the literals of the enumeration '<em><b>Dataset Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.losslandscape.model.LandscapePackage#getDatasetKind()
 * @model
 * @generated
 */
public enum DatasetKind implements Enumerator {
	/**
	 * The '<em><b>MODULAR ARITHMETIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MODULAR_ARITHMETIC_VALUE
	 * @generated
	 * @ordered
	 */
	MODULAR_ARITHMETIC(0, "MODULAR_ARITHMETIC", "MODULAR_ARITHMETIC"),

	/**
	 * The '<em><b>TWO SPIRALS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TWO_SPIRALS_VALUE
	 * @generated
	 * @ordered
	 */
	TWO_SPIRALS(1, "TWO_SPIRALS", "TWO_SPIRALS"),

	/**
	 * The '<em><b>TWO MOONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TWO_MOONS_VALUE
	 * @generated
	 * @ordered
	 */
	TWO_MOONS(2, "TWO_MOONS", "TWO_MOONS"),

	/**
	 * The '<em><b>CIRCLES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CIRCLES_VALUE
	 * @generated
	 * @ordered
	 */
	CIRCLES(3, "CIRCLES", "CIRCLES"),

	/**
	 * The '<em><b>XOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #XOR_VALUE
	 * @generated
	 * @ordered
	 */
	XOR(4, "XOR", "XOR"),

	/**
	 * The '<em><b>GAUSSIAN BLOBS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GAUSSIAN_BLOBS_VALUE
	 * @generated
	 * @ordered
	 */
	GAUSSIAN_BLOBS(5, "GAUSSIAN_BLOBS", "GAUSSIAN_BLOBS"),

	/**
	 * The '<em><b>TEACHER STUDENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEACHER_STUDENT_VALUE
	 * @generated
	 * @ordered
	 */
	TEACHER_STUDENT(6, "TEACHER_STUDENT", "TEACHER_STUDENT"),

	/**
	 * The '<em><b>SINE REGRESSION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SINE_REGRESSION_VALUE
	 * @generated
	 * @ordered
	 */
	SINE_REGRESSION(7, "SINE_REGRESSION", "SINE_REGRESSION"),

	/**
	 * The '<em><b>RANDOM FEATURES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RANDOM_FEATURES_VALUE
	 * @generated
	 * @ordered
	 */
	RANDOM_FEATURES(8, "RANDOM_FEATURES", "RANDOM_FEATURES"),

	/**
	 * The '<em><b>CSV FILE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CSV_FILE_VALUE
	 * @generated
	 * @ordered
	 */
	CSV_FILE(9, "CSV_FILE", "CSV_FILE"),

	/**
	 * The '<em><b>NPY FILES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NPY_FILES_VALUE
	 * @generated
	 * @ordered
	 */
	NPY_FILES(10, "NPY_FILES", "NPY_FILES");

	/**
	 * The '<em><b>MODULAR ARITHMETIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MODULAR_ARITHMETIC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MODULAR_ARITHMETIC_VALUE = 0;

	/**
	 * The '<em><b>TWO SPIRALS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TWO_SPIRALS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TWO_SPIRALS_VALUE = 1;

	/**
	 * The '<em><b>TWO MOONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TWO_MOONS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TWO_MOONS_VALUE = 2;

	/**
	 * The '<em><b>CIRCLES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CIRCLES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CIRCLES_VALUE = 3;

	/**
	 * The '<em><b>XOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #XOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int XOR_VALUE = 4;

	/**
	 * The '<em><b>GAUSSIAN BLOBS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GAUSSIAN_BLOBS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GAUSSIAN_BLOBS_VALUE = 5;

	/**
	 * The '<em><b>TEACHER STUDENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEACHER_STUDENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TEACHER_STUDENT_VALUE = 6;

	/**
	 * The '<em><b>SINE REGRESSION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SINE_REGRESSION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SINE_REGRESSION_VALUE = 7;

	/**
	 * The '<em><b>RANDOM FEATURES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RANDOM_FEATURES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RANDOM_FEATURES_VALUE = 8;

	/**
	 * The '<em><b>CSV FILE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CSV_FILE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CSV_FILE_VALUE = 9;

	/**
	 * The '<em><b>NPY FILES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NPY_FILES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NPY_FILES_VALUE = 10;

	/**
	 * An array of all the '<em><b>Dataset Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DatasetKind[] VALUES_ARRAY =
		new DatasetKind[] {
			MODULAR_ARITHMETIC,
			TWO_SPIRALS,
			TWO_MOONS,
			CIRCLES,
			XOR,
			GAUSSIAN_BLOBS,
			TEACHER_STUDENT,
			SINE_REGRESSION,
			RANDOM_FEATURES,
			CSV_FILE,
			NPY_FILES,
		};

	/**
	 * A public read-only list of all the '<em><b>Dataset Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DatasetKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Dataset Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DatasetKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DatasetKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Dataset Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DatasetKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DatasetKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Dataset Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DatasetKind get(int value) {
		switch (value) {
			case MODULAR_ARITHMETIC_VALUE: return MODULAR_ARITHMETIC;
			case TWO_SPIRALS_VALUE: return TWO_SPIRALS;
			case TWO_MOONS_VALUE: return TWO_MOONS;
			case CIRCLES_VALUE: return CIRCLES;
			case XOR_VALUE: return XOR;
			case GAUSSIAN_BLOBS_VALUE: return GAUSSIAN_BLOBS;
			case TEACHER_STUDENT_VALUE: return TEACHER_STUDENT;
			case SINE_REGRESSION_VALUE: return SINE_REGRESSION;
			case RANDOM_FEATURES_VALUE: return RANDOM_FEATURES;
			case CSV_FILE_VALUE: return CSV_FILE;
			case NPY_FILES_VALUE: return NPY_FILES;
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
	private DatasetKind(int value, String name, String literal) {
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
	
} //DatasetKind
