/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.analysis.toy.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Surface Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.losslandscape.analysis.toy.model.ToyPackage#getToySurfaceKind()
 * @model
 * @generated
 */
public enum ToySurfaceKind implements Enumerator {
	/**
	 * The '<em><b>QUADRATIC BOWL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUADRATIC_BOWL_VALUE
	 * @generated
	 * @ordered
	 */
	QUADRATIC_BOWL(0, "QUADRATIC_BOWL", "QUADRATIC_BOWL"),

	/**
	 * The '<em><b>SADDLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SADDLE_VALUE
	 * @generated
	 * @ordered
	 */
	SADDLE(1, "SADDLE", "SADDLE"),

	/**
	 * The '<em><b>MONKEY SADDLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONKEY_SADDLE_VALUE
	 * @generated
	 * @ordered
	 */
	MONKEY_SADDLE(2, "MONKEY_SADDLE", "MONKEY_SADDLE"),

	/**
	 * The '<em><b>ROSENBROCK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROSENBROCK_VALUE
	 * @generated
	 * @ordered
	 */
	ROSENBROCK(3, "ROSENBROCK", "ROSENBROCK"),

	/**
	 * The '<em><b>HIMMELBLAU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HIMMELBLAU_VALUE
	 * @generated
	 * @ordered
	 */
	HIMMELBLAU(4, "HIMMELBLAU", "HIMMELBLAU"),

	/**
	 * The '<em><b>RASTRIGIN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RASTRIGIN_VALUE
	 * @generated
	 * @ordered
	 */
	RASTRIGIN(5, "RASTRIGIN", "RASTRIGIN"),

	/**
	 * The '<em><b>BEALE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BEALE_VALUE
	 * @generated
	 * @ordered
	 */
	BEALE(6, "BEALE", "BEALE"),

	/**
	 * The '<em><b>SIX HUMP CAMEL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIX_HUMP_CAMEL_VALUE
	 * @generated
	 * @ordered
	 */
	SIX_HUMP_CAMEL(7, "SIX_HUMP_CAMEL", "SIX_HUMP_CAMEL"),

	/**
	 * The '<em><b>DECEPTIVE WELLS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DECEPTIVE_WELLS_VALUE
	 * @generated
	 * @ordered
	 */
	DECEPTIVE_WELLS(8, "DECEPTIVE_WELLS", "DECEPTIVE_WELLS"),

	/**
	 * The '<em><b>TWO WEIGHT NETWORK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TWO_WEIGHT_NETWORK_VALUE
	 * @generated
	 * @ordered
	 */
	TWO_WEIGHT_NETWORK(9, "TWO_WEIGHT_NETWORK", "TWO_WEIGHT_NETWORK");

	/**
	 * The '<em><b>QUADRATIC BOWL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUADRATIC_BOWL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int QUADRATIC_BOWL_VALUE = 0;

	/**
	 * The '<em><b>SADDLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SADDLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SADDLE_VALUE = 1;

	/**
	 * The '<em><b>MONKEY SADDLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONKEY_SADDLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MONKEY_SADDLE_VALUE = 2;

	/**
	 * The '<em><b>ROSENBROCK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROSENBROCK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ROSENBROCK_VALUE = 3;

	/**
	 * The '<em><b>HIMMELBLAU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HIMMELBLAU
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HIMMELBLAU_VALUE = 4;

	/**
	 * The '<em><b>RASTRIGIN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RASTRIGIN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RASTRIGIN_VALUE = 5;

	/**
	 * The '<em><b>BEALE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BEALE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BEALE_VALUE = 6;

	/**
	 * The '<em><b>SIX HUMP CAMEL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIX_HUMP_CAMEL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SIX_HUMP_CAMEL_VALUE = 7;

	/**
	 * The '<em><b>DECEPTIVE WELLS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DECEPTIVE_WELLS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DECEPTIVE_WELLS_VALUE = 8;

	/**
	 * The '<em><b>TWO WEIGHT NETWORK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TWO_WEIGHT_NETWORK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TWO_WEIGHT_NETWORK_VALUE = 9;

	/**
	 * An array of all the '<em><b>Surface Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ToySurfaceKind[] VALUES_ARRAY =
		new ToySurfaceKind[] {
			QUADRATIC_BOWL,
			SADDLE,
			MONKEY_SADDLE,
			ROSENBROCK,
			HIMMELBLAU,
			RASTRIGIN,
			BEALE,
			SIX_HUMP_CAMEL,
			DECEPTIVE_WELLS,
			TWO_WEIGHT_NETWORK,
		};

	/**
	 * A public read-only list of all the '<em><b>Surface Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ToySurfaceKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Surface Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ToySurfaceKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ToySurfaceKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Surface Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ToySurfaceKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ToySurfaceKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Surface Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ToySurfaceKind get(int value) {
		switch (value) {
			case QUADRATIC_BOWL_VALUE: return QUADRATIC_BOWL;
			case SADDLE_VALUE: return SADDLE;
			case MONKEY_SADDLE_VALUE: return MONKEY_SADDLE;
			case ROSENBROCK_VALUE: return ROSENBROCK;
			case HIMMELBLAU_VALUE: return HIMMELBLAU;
			case RASTRIGIN_VALUE: return RASTRIGIN;
			case BEALE_VALUE: return BEALE;
			case SIX_HUMP_CAMEL_VALUE: return SIX_HUMP_CAMEL;
			case DECEPTIVE_WELLS_VALUE: return DECEPTIVE_WELLS;
			case TWO_WEIGHT_NETWORK_VALUE: return TWO_WEIGHT_NETWORK;
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
	private ToySurfaceKind(int value, String name, String literal) {
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
	
} //ToySurfaceKind
