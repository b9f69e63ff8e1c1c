/**
 * Phases of the Knee Pain Solution and their gates. Early gates ask for calm symptoms; later
 * gates also ask for the hip and knee re-test so customers see their change before moving on.
 */
import type { Phase } from "../../schemas/phase";
import { HIP_KNEE_CHECK } from "./assessments";

/** Pain during sessions must stay low before the load goes up. */
const CALM_SYMPTOMS = { value: 3, overLastSessions: 3 };

export const kneePainPhases: Phase[] = [
  {
    key: "restore",
    title: "Restore range and activation",
    goal: "Find inward hip rotation again and feel the deep hip muscles switch on, without flaring the knee.",
    description:
      "Most people with this kind of knee pain have hips that rarely turn inward, so the range and the muscles that produce it have faded. This phase brings the movement back gently, at different hip angles, with short holds. Expect the outer hip to work hard and sometimes cramp; the knee should stay quiet.",
    recommendedSessionsPerWeek: 3,
    sessionKeys: ["restore-a", "restore-b"],
    unlockRule: { minSessions: 6, minDays: 14, maxAveragePain: CALM_SYMPTOMS },
  },
  {
    key: "strengthen",
    title: "Build strength across hip positions",
    goal: "Make inward rotation strong at every hip angle, from nearly straight to fully bent.",
    description:
      "The hip muscles that turn the thigh inward have very different leverage depending on how bent the hip is, so strength has to be built across the whole range. Holds get longer, sets add up, and the first standing rotation against a band appears.",
    recommendedSessionsPerWeek: 3,
    sessionKeys: ["strengthen-a", "strengthen-b"],
    unlockRule: {
      minSessions: 9,
      minDays: 21,
      maxAveragePain: CALM_SYMPTOMS,
      retestRequired: HIP_KNEE_CHECK,
    },
  },
  {
    key: "integrate",
    title: "Integrate into standing and athletic positions",
    goal: "Let the hip, not the knee, do the turning when you stand, lunge, step and pivot.",
    description:
      "Now the rotation you have built is used on your feet: over a planted foot, in a split stance, stepping down and pivoting like you would in sport. The knee practises being a hinge while the hip takes the twist.",
    recommendedSessionsPerWeek: 3,
    sessionKeys: ["integrate-a", "integrate-b"],
    unlockRule: {
      minSessions: 9,
      minDays: 21,
      maxAveragePain: CALM_SYMPTOMS,
      retestRequired: HIP_KNEE_CHECK,
    },
  },
  {
    key: "maintain",
    title: "Maintain",
    goal: "Keep the range and strength you have gained with two short sessions a week.",
    description:
      "Old habits such as sitting cross-legged and standing with the toes turned out keep pulling the hips back toward outward rotation. A small, regular dose keeps the gains. Re-take the check-in every month or so to make sure nothing is slipping.",
    recommendedSessionsPerWeek: 2,
    sessionKeys: ["maintain-a", "maintain-b"],
  },
];
