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
 * A representation of the literals of the enumeration '<em><b>Initializer Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.losslandscape.model.LandscapePackage#getInitializerKind()
 * @model
 * @generated
 */
public enum InitializerKind implements Enumerator {
	/**
	 * The '<em><b>PYTORCH DEFAULT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PYTORCH_DEFAULT_VALUE
	 * @generated
	 * @ordered
	 */
	PYTORCH_DEFAULT(0, "PYTORCH_DEFAULT", "PYTORCH_DEFAULT"),

	/**
	 * The '<em><b>KAIMING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KAIMING_VALUE
	 * @generated
	 * @ordered
	 */
	KAIMING(1, "KAIMING", "KAIMING"),

	/**
	 * The '<em><b>XAVIER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #XAVIER_VALUE
	 * @generated
	 * @ordered
	 */
	XAVIER(2, "XAVIER", "XAVIER"),

	/**
	 * The '<em><b>NORMAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NORMAL_VALUE
	 * @generated
	 * @ordered
	 */
	NORMAL(3, "NORMAL", "NORMAL"),

	/**
	 * The '<em><b>ZEROS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZEROS_VALUE
	 * @generated
	 * @ordered
	 */
	ZEROS(4, "ZEROS", "ZEROS");

	/**
	 * The '<em><b>PYTORCH DEFAULT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PYTORCH_DEFAULT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PYTORCH_DEFAULT_VALUE = 0;

	/**
	 * The '<em><b>KAIMING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KAIMING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KAIMING_VALUE = 1;

	/**
	 * The '<em><b>XAVIER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #XAVIER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int XAVIER_VALUE = 2;

	/**
	 * The '<em><b>NORMAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NORMAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NORMAL_VALUE = 3;

	/**
	 * The '<em><b>ZEROS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZEROS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ZEROS_VALUE = 4;

	/**
	 * An array of all the '<em><b>Initializer Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InitializerKind[] VALUES_ARRAY =
		new InitializerKind[] {
			PYTORCH_DEFAULT,
			KAIMING,
			XAVIER,
			NORMAL,
			ZEROS,
		};

	/**
	 * A public read-only list of all the '<em><b>Initializer Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InitializerKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Initializer Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InitializerKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InitializerKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Initializer Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InitializerKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InitializerKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Initializer Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InitializerKind get(int value) {
		switch (value) {
			case PYTORCH_DEFAULT_VALUE: return PYTORCH_DEFAULT;
			case KAIMING_VALUE: return KAIMING;
			case XAVIER_VALUE: return XAVIER;
			case NORMAL_VALUE: return NORMAL;
			case ZEROS_VALUE: return ZEROS;
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
	private InitializerKind(int value, String name, String literal) {
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
	
} //InitializerKind
