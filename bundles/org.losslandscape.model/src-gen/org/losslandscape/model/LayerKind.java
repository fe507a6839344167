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
 * A representation of the literals of the enumeration '<em><b>Layer Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.losslandscape.model.LandscapePackage#getLayerKind()
 * @model
 * @generated
 */
public enum LayerKind implements Enumerator {
	/**
	 * The '<em><b>DENSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DENSE_VALUE
	 * @generated
	 * @ordered
	 */
	DENSE(0, "DENSE", "DENSE"),

	/**
	 * The '<em><b>EMBEDDING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMBEDDING_VALUE
	 * @generated
	 * @ordered
	 */
	EMBEDDING(1, "EMBEDDING", "EMBEDDING"),

	/**
	 * The '<em><b>RELU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELU_VALUE
	 * @generated
	 * @ordered
	 */
	RELU(2, "RELU", "RELU"),

	/**
	 * The '<em><b>LEAKY RELU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEAKY_RELU_VALUE
	 * @generated
	 * @ordered
	 */
	LEAKY_RELU(3, "LEAKY_RELU", "LEAKY_RELU"),

	/**
	 * The '<em><b>TANH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TANH_VALUE
	 * @generated
	 * @ordered
	 */
	TANH(4, "TANH", "TANH"),

	/**
	 * The '<em><b>SIGMOID</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGMOID_VALUE
	 * @generated
	 * @ordered
	 */
	SIGMOID(5, "SIGMOID", "SIGMOID"),

	/**
	 * The '<em><b>GELU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GELU_VALUE
	 * @generated
	 * @ordered
	 */
	GELU(6, "GELU", "GELU"),

	/**
	 * The '<em><b>SOFTPLUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOFTPLUS_VALUE
	 * @generated
	 * @ordered
	 */
	SOFTPLUS(7, "SOFTPLUS", "SOFTPLUS"),

	/**
	 * The '<em><b>IDENTITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IDENTITY_VALUE
	 * @generated
	 * @ordered
	 */
	IDENTITY(8, "IDENTITY", "IDENTITY"),

	/**
	 * The '<em><b>DROPOUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DROPOUT_VALUE
	 * @generated
	 * @ordered
	 */
	DROPOUT(9, "DROPOUT", "DROPOUT"),

	/**
	 * The '<em><b>LAYER NORM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAYER_NORM_VALUE
	 * @generated
	 * @ordered
	 */
	LAYER_NORM(10, "LAYER_NORM", "LAYER_NORM"),

	/**
	 * The '<em><b>BATCH NORM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BATCH_NORM_VALUE
	 * @generated
	 * @ordered
	 */
	BATCH_NORM(11, "BATCH_NORM", "BATCH_NORM"),

	/**
	 * The '<em><b>RESIDUAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESIDUAL_VALUE
	 * @generated
	 * @ordered
	 */
	RESIDUAL(12, "RESIDUAL", "RESIDUAL");

	/**
	 * The '<em><b>DENSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DENSE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DENSE_VALUE = 0;

	/**
	 * The '<em><b>EMBEDDING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMBEDDING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EMBEDDING_VALUE = 1;

	/**
	 * The '<em><b>RELU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELU
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RELU_VALUE = 2;

	/**
	 * The '<em><b>LEAKY RELU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEAKY_RELU
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEAKY_RELU_VALUE = 3;

	/**
	 * The '<em><b>TANH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TANH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TANH_VALUE = 4;

	/**
	 * The '<em><b>SIGMOID</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGMOID
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SIGMOID_VALUE = 5;

	/**
	 * The '<em><b>GELU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GELU
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GELU_VALUE = 6;

	/**
	 * The '<em><b>SOFTPLUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOFTPLUS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOFTPLUS_VALUE = 7;

	/**
	 * The '<em><b>IDENTITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IDENTITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IDENTITY_VALUE = 8;

	/**
	 * The '<em><b>DROPOUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DROPOUT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DROPOUT_VALUE = 9;

	/**
	 * The '<em><b>LAYER NORM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAYER_NORM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LAYER_NORM_VALUE = 10;

	/**
	 * The '<em><b>BATCH NORM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BATCH_NORM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BATCH_NORM_VALUE = 11;

	/**
	 * The '<em><b>RESIDUAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESIDUAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESIDUAL_VALUE = 12;

	/**
	 * An array of all the '<em><b>Layer Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LayerKind[] VALUES_ARRAY =
		new LayerKind[] {
			DENSE,
			EMBEDDING,
			RELU,
			LEAKY_RELU,
			TANH,
			SIGMOID,
			GELU,
			SOFTPLUS,
			IDENTITY,
			DROPOUT,
			LAYER_NORM,
			BATCH_NORM,
			RESIDUAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Layer Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LayerKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Layer Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LayerKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LayerKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Layer Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LayerKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LayerKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Layer Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LayerKind get(int value) {
		switch (value) {
			case DENSE_VALUE: return DENSE;
			case EMBEDDING_VALUE: return EMBEDDING;
			case RELU_VALUE: return RELU;
			case LEAKY_RELU_VALUE: return LEAKY_RELU;
			case TANH_VALUE: return TANH;
			case SIGMOID_VALUE: return SIGMOID;
			case GELU_VALUE: return GELU;
			case SOFTPLUS_VALUE: return SOFTPLUS;
			case IDENTITY_VALUE: return IDENTITY;
			case DROPOUT_VALUE: return DROPOUT;
			case LAYER_NORM_VALUE: return LAYER_NORM;
			case BATCH_NORM_VALUE: return BATCH_NORM;
			case RESIDUAL_VALUE: return RESIDUAL;
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
	private LayerKind(int value, String name, String literal) {
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
	
} //LayerKind
