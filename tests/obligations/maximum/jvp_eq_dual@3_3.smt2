; torchsmt obligation maximum.jvp_eq_dual@3_3 (lemma, op maximum, jvp_eq_dual)
; the jvp rule equals the dual-number J v at shapes ((3,), (3,)), off kinks
(set-info :source |torchsmt lemma maximum.jvp_eq_dual@3_3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_2 () Real)
(declare-fun v1_0 () Real)
(declare-fun v0_0 () Real)
(assert
 (and (distinct x0_0 x1_0) true))
(assert
 (and (distinct x0_1 x1_1) true))
(assert
 (and (distinct x0_2 x1_2) true))
(assert
 (let ((?x43 (+ v1_0 (* (ite (>= x0_0 x1_0) 1.0 0.0) (- v0_0 v1_0)))))
(let (($x46 (= ?x43 (ite (> x0_0 x1_0) v0_0 v1_0))))
(not $x46))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_2 () Real)
(declare-fun v1_1 () Real)
(declare-fun v0_1 () Real)
(assert
 (and (distinct x0_0 x1_0) true))
(assert
 (and (distinct x0_1 x1_1) true))
(assert
 (and (distinct x0_2 x1_2) true))
(assert
 (let ((?x44 (+ v1_1 (* (ite (>= x0_1 x1_1) 1.0 0.0) (- v0_1 v1_1)))))
(let (($x47 (= ?x44 (ite (> x0_1 x1_1) v0_1 v1_1))))
(not $x47))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_2 () Real)
(declare-fun v1_2 () Real)
(declare-fun v0_2 () Real)
(assert
 (and (distinct x0_0 x1_0) true))
(assert
 (and (distinct x0_1 x1_1) true))
(assert
 (and (distinct x0_2 x1_2) true))
(assert
 (let ((?x45 (+ v1_2 (* (ite (>= x0_2 x1_2) 1.0 0.0) (- v0_2 v1_2)))))
(let (($x48 (= ?x45 (ite (> x0_2 x1_2) v0_2 v1_2))))
(not $x48))))
(check-sat)
