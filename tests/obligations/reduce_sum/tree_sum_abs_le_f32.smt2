; torchsmt obligation sum.tree_sum_abs_le_f32 (lemma, op reduce_sum, f32_composite)
; |sa + sb| <= Ta + Tb + Ba + Bb for sub-sums within their error bounds
(set-info :source |torchsmt lemma sum.tree_sum_abs_le_f32 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun Ba () Real)
(declare-fun Ea () Real)
(declare-fun Bb () Real)
(declare-fun Eb () Real)
(declare-fun Ta () Real)
(declare-fun Sa () Real)
(declare-fun Tb () Real)
(declare-fun Sb () Real)
(assert
 (and (<= Ea Ba) (<= (- Ea) Ba)))
(assert
 (and (<= Eb Bb) (<= (- Eb) Bb)))
(assert
 (and (<= Sa Ta) (<= (- Sa) Ta)))
(assert
 (and (<= Sb Tb) (<= (- Sb) Tb)))
(assert
 (let ((?x34 (+ (+ (+ Ta Tb) Ba) Bb)))
(let (($x38 (and (<= (+ (+ (+ Sa Ea) Sb) Eb) ?x34) (<= (- (+ (+ (+ Sa Ea) Sb) Eb)) ?x34))))
(not $x38))))
(check-sat)
