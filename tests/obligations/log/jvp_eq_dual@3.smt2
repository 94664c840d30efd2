; torchsmt obligation log.jvp_eq_dual@3 (lemma, op log, jvp_eq_dual)
; the jvp rule equals the dual-number J v at shapes ((3,),), off kinks
(set-info :source |torchsmt lemma log.jvp_eq_dual@3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun v0_0 () Real)
(declare-fun x0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun v0_1 () Real)
(declare-fun x0_1 () Real)
(declare-fun div!2 () Real)
(declare-fun v0_2 () Real)
(declare-fun x0_2 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(assert
 (let (($x14 (and (distinct x0_0 0.0) true)))
 (=> $x14 (= (* div!1 x0_0) v0_0))))
(assert
 (let (($x22 (and (distinct x0_1 0.0) true)))
 (=> $x22 (= (* div!2 x0_1) v0_1))))
(assert
 (let (($x30 (and (distinct x0_2 0.0) true)))
 (=> $x30 (= (* div!3 x0_2) v0_2))))
(assert
 (let (($x14 (and (distinct x0_0 0.0) true)))
 (=> $x14 (= 1.0 (* div!4 x0_0)))))
(assert
 (let (($x22 (and (distinct x0_1 0.0) true)))
 (=> $x22 (= 1.0 (* div!5 x0_1)))))
(assert
 (let (($x30 (and (distinct x0_2 0.0) true)))
 (=> $x30 (= 1.0 (* div!6 x0_2)))))
(assert
 (> x0_0 0.0))
(assert
 (and (distinct x0_0 0.0) true))
(assert
 (> x0_1 0.0))
(assert
 (and (distinct x0_1 0.0) true))
(assert
 (> x0_2 0.0))
(assert
 (and (distinct x0_2 0.0) true))
(assert
 (and (distinct x0_0 0.0) true))
(assert
 (and (distinct x0_1 0.0) true))
(assert
 (and (distinct x0_2 0.0) true))
(assert
 (let ((?x52 (* v0_0 div!4)))
(let (($x55 (= ?x52 div!1)))
(not $x55))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun v0_0 () Real)
(declare-fun x0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun v0_1 () Real)
(declare-fun x0_1 () Real)
(declare-fun div!2 () Real)
(declare-fun v0_2 () Real)
(declare-fun x0_2 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(assert
 (let (($x14 (and (distinct x0_0 0.0) true)))
 (=> $x14 (= (* div!1 x0_0) v0_0))))
(assert
 (let (($x22 (and (distinct x0_1 0.0) true)))
 (=> $x22 (= (* div!2 x0_1) v0_1))))
(assert
 (let (($x30 (and (distinct x0_2 0.0) true)))
 (=> $x30 (= (* div!3 x0_2) v0_2))))
(assert
 (let (($x14 (and (distinct x0_0 0.0) true)))
 (=> $x14 (= 1.0 (* div!4 x0_0)))))
(assert
 (let (($x22 (and (distinct x0_1 0.0) true)))
 (=> $x22 (= 1.0 (* div!5 x0_1)))))
(assert
 (let (($x30 (and (distinct x0_2 0.0) true)))
 (=> $x30 (= 1.0 (* div!6 x0_2)))))
(assert
 (> x0_0 0.0))
(assert
 (and (distinct x0_0 0.0) true))
(assert
 (> x0_1 0.0))
(assert
 (and (distinct x0_1 0.0) true))
(assert
 (> x0_2 0.0))
(assert
 (and (distinct x0_2 0.0) true))
(assert
 (and (distinct x0_0 0.0) true))
(assert
 (and (distinct x0_1 0.0) true))
(assert
 (and (distinct x0_2 0.0) true))
(assert
 (let ((?x53 (* v0_1 div!5)))
(let (($x56 (= ?x53 div!2)))
(not $x56))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun v0_0 () Real)
(declare-fun x0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun v0_1 () Real)
(declare-fun x0_1 () Real)
(declare-fun div!2 () Real)
(declare-fun v0_2 () Real)
(declare-fun x0_2 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(assert
 (let (($x14 (and (distinct x0_0 0.0) true)))
 (=> $x14 (= (* div!1 x0_0) v0_0))))
(assert
 (let (($x22 (and (distinct x0_1 0.0) true)))
 (=> $x22 (= (* div!2 x0_1) v0_1))))
(assert
 (let (($x30 (and (distinct x0_2 0.0) true)))
 (=> $x30 (= (* div!3 x0_2) v0_2))))
(assert
 (let (($x14 (and (distinct x0_0 0.0) true)))
 (=> $x14 (= 1.0 (* div!4 x0_0)))))
(assert
 (let (($x22 (and (distinct x0_1 0.0) true)))
 (=> $x22 (= 1.0 (* div!5 x0_1)))))
(assert
 (let (($x30 (and (distinct x0_2 0.0) true)))
 (=> $x30 (= 1.0 (* div!6 x0_2)))))
(assert
 (> x0_0 0.0))
(assert
 (and (distinct x0_0 0.0) true))
(assert
 (> x0_1 0.0))
(assert
 (and (distinct x0_1 0.0) true))
(assert
 (> x0_2 0.0))
(assert
 (and (distinct x0_2 0.0) true))
(assert
 (and (distinct x0_0 0.0) true))
(assert
 (and (distinct x0_1 0.0) true))
(assert
 (and (distinct x0_2 0.0) true))
(assert
 (let ((?x54 (* v0_2 div!6)))
(let (($x57 (= ?x54 div!3)))
(not $x57))))
(check-sat)
