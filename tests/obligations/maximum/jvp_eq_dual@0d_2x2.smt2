; torchsmt obligation maximum.jvp_eq_dual@0d_2x2 (lemma, op maximum, jvp_eq_dual)
; the jvp rule equals the dual-number J v at shapes ((), (2, 2)), off kinks
(set-info :source |torchsmt lemma maximum.jvp_eq_dual@0d_2x2 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_1_0 () Real)
(declare-fun x1_1_1 () Real)
(declare-fun v1_0_0 () Real)
(declare-fun v0 () Real)
(assert
 (and (distinct x0 x1_0_0) true))
(assert
 (and (distinct x0 x1_0_1) true))
(assert
 (and (distinct x0 x1_1_0) true))
(assert
 (and (distinct x0 x1_1_1) true))
(assert
 (let ((?x49 (+ v1_0_0 (* (ite (>= x0 x1_0_0) 1.0 0.0) (- v0 v1_0_0)))))
(let (($x53 (= ?x49 (ite (> x0 x1_0_0) v0 v1_0_0))))
(not $x53))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_1_0 () Real)
(declare-fun x1_1_1 () Real)
(declare-fun v1_0_1 () Real)
(declare-fun v0 () Real)
(assert
 (and (distinct x0 x1_0_0) true))
(assert
 (and (distinct x0 x1_0_1) true))
(assert
 (and (distinct x0 x1_1_0) true))
(assert
 (and (distinct x0 x1_1_1) true))
(assert
 (let ((?x50 (+ v1_0_1 (* (ite (>= x0 x1_0_1) 1.0 0.0) (- v0 v1_0_1)))))
(let (($x54 (= ?x50 (ite (> x0 x1_0_1) v0 v1_0_1))))
(not $x54))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_1_0 () Real)
(declare-fun x1_1_1 () Real)
(declare-fun v1_1_0 () Real)
(declare-fun v0 () Real)
(assert
 (and (distinct x0 x1_0_0) true))
(assert
 (and (distinct x0 x1_0_1) true))
(assert
 (and (distinct x0 x1_1_0) true))
(assert
 (and (distinct x0 x1_1_1) true))
(assert
 (let ((?x51 (+ v1_1_0 (* (ite (>= x0 x1_1_0) 1.0 0.0) (- v0 v1_1_0)))))
(let (($x55 (= ?x51 (ite (> x0 x1_1_0) v0 v1_1_0))))
(not $x55))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_1_0 () Real)
(declare-fun x1_1_1 () Real)
(declare-fun v1_1_1 () Real)
(declare-fun v0 () Real)
(assert
 (and (distinct x0 x1_0_0) true))
(assert
 (and (distinct x0 x1_0_1) true))
(assert
 (and (distinct x0 x1_1_0) true))
(assert
 (and (distinct x0 x1_1_1) true))
(assert
 (let ((?x52 (+ v1_1_1 (* (ite (>= x0 x1_1_1) 1.0 0.0) (- v0 v1_1_1)))))
(let (($x56 (= ?x52 (ite (> x0 x1_1_1) v0 v1_1_1))))
(not $x56))))
(check-sat)
