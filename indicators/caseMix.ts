/**
 * The case mix that postoperative mortality indicators adjust for (logistic regression, fitted nationally
 * per period): age, sex, stage and ASA class, with unknown stage and ASA as their own indicator terms.
 * Shared so every mortality indicator adjusts the same way; an indicator may still declare its own.
 */
export const surgicalCaseMix = {
  covariates: {
    age: "age",
    female: "CASE WHEN sex = 'female' THEN 1 ELSE 0 END",
    stage: "coalesce(stage_number, 2)",
    stage_unknown: "CASE WHEN stage_number IS NULL THEN 1 ELSE 0 END",
    asa: "coalesce(first_surgery_asa, 2)",
    asa_unknown: "CASE WHEN first_surgery_asa IS NULL THEN 1 ELSE 0 END"
  }
};
