; torchsmt obligation mul.abs_le_of_rel_le (lemma, op mul, f32_composite)
; |d| <= u and |A| <= M -> |A d| <= u M
(set-info :source |torchsmt lemma mul.abs_le_of_rel_le kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun d () Real)
(declare-fun M () Real)
(declare-fun A () Real)
(assert
 (and (>= (/ 1.0 16777216.0) d) (>= (/ 1.0 16777216.0) (- d))))
(assert
 (and (<= A M) (<= (- A) M)))
(assert
 (let (($x14 (and (<= (* A d) (* (/ 1.0 16777216.0) M)) (<= (- (* A d)) (* (/ 1.0 16777216.0) M)))))
(not $x14)))
(check-sat)
