/**
 * Safety screening asked before the first session. Each "yes" points to something an exercise
 * program should not try to fix on its own.
 */
import type { ScreeningQuestion } from "../../schemas/screening-question";

const SEE_A_CLINICIAN =
  "Please have your knee examined by a doctor or physiotherapist before starting this program.";

export const kneePainScreeningQuestions: ScreeningQuestion[] = [
  {
    key: "recent-injury",
    text: "Did your knee pain start in the last six weeks with a fall, a twist, a blow or a pop, followed by swelling?",
    redFlag: true,
    advice: `A recent injury with swelling can mean damage inside the joint that needs an examination first. ${SEE_A_CLINICIAN}`,
  },
  {
    key: "locking-or-giving-way",
    text: "Does your knee lock, catch so that you can't straighten it, or give way under you?",
    redFlag: true,
    advice: `Locking and giving way can point to a mechanical problem in the joint. ${SEE_A_CLINICIAN}`,
  },
  {
    key: "cannot-bear-weight",
    text: "Are you unable to put your full weight on the leg or walk more than a few steps?",
    redFlag: true,
    advice: `Not being able to stand on the leg needs assessing before any exercise. ${SEE_A_CLINICIAN}`,
  },
  {
    key: "hot-swollen-or-fever",
    text: "Is the knee hot, red or visibly swollen, or do you have a fever or feel generally unwell?",
    redFlag: true,
    advice:
      "A hot, swollen joint with fever or feeling unwell can be an infection or inflammation that needs prompt medical care. Contact a doctor today rather than exercising.",
  },
  {
    key: "night-or-constant-pain",
    text: "Does the pain wake you at night, or stay the same however you sit, stand or lie?",
    redFlag: true,
    advice: `Pain that does not change with position or wakes you from sleep should be checked by a clinician. ${SEE_A_CLINICIAN}`,
  },
  {
    key: "numbness-or-weakness",
    text: "Do you have numbness, pins and needles or weakness in the leg or foot, or pain that travels down from your back?",
    redFlag: true,
    advice: `These can come from a nerve rather than the knee. ${SEE_A_CLINICIAN}`,
  },
  {
    key: "calf-swelling",
    text: "Is your calf swollen, warm or tender, especially after surgery, a long journey or time in bed?",
    redFlag: true,
    advice:
      "This can be a sign of a blood clot. Seek medical care today, and do not exercise the leg until you have been checked.",
  },
  {
    key: "recent-surgery",
    text: "Have you had knee or hip surgery in the last six months, or do you have a knee or hip replacement?",
    redFlag: true,
    advice:
      "Ask your surgeon or physiotherapist whether these exercises suit your recovery before you start.",
  },
  {
    key: "medical-history",
    text: "Have you had cancer, unexplained weight loss, or been told you have an inflammatory joint disease such as rheumatoid arthritis?",
    redFlag: true,
    advice: `Knee pain in this situation deserves a medical opinion first. ${SEE_A_CLINICIAN}`,
  },
];
