/**
 * Program-level wording of the Knee Pain Solution: what it is for, the disclaimer and the stop
 * rules shown before every session.
 */

export const KNEE_PAIN_SUMMARY =
  "A step-by-step program that rebuilds inward rotation of the hip so the knee can get back to being a hinge. You start with a short check-in, then move through four phases — restoring range, building strength at every hip angle, carrying it into standing and sport positions, and keeping it — unlocking each one as your sessions add up and your knee stays calm.";

export const KNEE_PAIN_CONDITION = "Knee pain linked to limited hip rotation";

export const KNEE_PAIN_DISCLAIMER =
  "This program is for education and general fitness. It is not medical advice, and it does not diagnose or treat any condition or replace an examination by a doctor or physiotherapist. Answer the safety questions honestly before you start. If you feel sharp pain, or your pain is getting worse from one session to the next, stop the exercises and see a qualified clinician. You take part at your own risk.";

export const KNEE_PAIN_STOP_RULES = [
  "Stop the session straight away if you feel sharp, stabbing or catching pain in the knee.",
  "Stop if pain during an exercise climbs above 5 out of 10, or keeps rising as you go.",
  "Stop if the knee swells, locks or gives way.",
  "Stop if you feel numbness, tingling or weakness in the leg or foot.",
  "If your pain is worse the next day for more than one session in a row, pause the program and see a clinician.",
];
